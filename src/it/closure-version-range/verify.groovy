// The range resolved offline in the builder stage, and to the same version as on the host: the newest in range.
import static io.github.offlinedocker.it.ImageChecks.output
import static io.github.offlinedocker.it.ImageChecks.assertStrategy

def log = new File(basedir, 'build.log').text
assertStrategy(log, strategy)
assert log =~ /\[INFO\] \[INFO\] Tests run: 1, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: .* in com.example.initials.InitialsTest/
assert log.contains('Successfully tagged offline-docker-it/closure-version-range:1')

assert output('offline-docker-it/closure-version-range:1', 'alan', 'turing') == 'AT (commons-lang3 3.14.0)'
return true
