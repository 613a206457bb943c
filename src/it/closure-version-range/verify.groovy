// The range resolved offline in the builder stage, and to the same version as on the host: the newest in range.
import static io.github.offlinedocker.it.ImageChecks.output
import static io.github.offlinedocker.it.BuildLogs.assertStrategy

def log = new File(basedir, 'build.log').text
assertStrategy(log, strategy)
assert log =~ /\[INFO\] \[INFO\] Tests run: 1, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: .* in com.example.initials.InitialsTest/
assert log.findAll('Successfully tagged offline-docker-it/closure-version-range:1').size() == 2

// The second, unchanged run reused the first one's resolution through the fingerprint.
assert log.findAll(/Offline repository .* is up to date \(\d+ files\): POMs, goals and Maven version are unchanged/).size() == 1
assert log.findAll(/Offline repository .*: \d+ files, [\d.]+ MB for 'mvn -o package'/).size() == 1

assert output('offline-docker-it/closure-version-range:1', 'alan', 'turing') == 'AT (commons-lang3 3.14.0)'
return true
