// The timestamped SNAPSHOT resolved offline in the builder stage to the newest build, whose test passed there,
// and the image runs with it.
import static io.github.offlinedocker.it.ImageChecks.output
import static io.github.offlinedocker.it.BuildLogs.assertStrategy

def log = new File(basedir, 'build.log').text
assertStrategy(log, strategy)
assert log =~ /\[INFO\] \[INFO\] Tests run: 1, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: .* in com.example.tick.TickTest/
assert log.contains('Successfully tagged offline-docker-it/closure-snapshot-dependency:1')

assert output('offline-docker-it/closure-snapshot-dependency:1') == 'clock-lib build second'

// The offline repository keeps the SNAPSHOT under its base version, as a local install would.
def versionDirectory = new File(basedir, 'target/offline-repo/com/acme/clock/clock-lib/2.1-SNAPSHOT')
assert new File(versionDirectory, 'clock-lib-2.1-SNAPSHOT.jar').isFile()
assert !versionDirectory.list().any { it =~ /\d{8}\.\d{6}-\d+/ }
return true
