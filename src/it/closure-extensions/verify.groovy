// Both extensions were loaded by the offline builder stage: the core extension announced itself there, and the
// build extension's property was filtered into the resource the tests and the image read.
import static io.github.offlinedocker.it.ImageChecks.output
import static io.github.offlinedocker.it.BuildLogs.assertStrategy

def log = new File(basedir, 'build.log').text
assertStrategy(log, strategy)
// Builder-stage lines come through the plugin's log, hence the doubled prefix; the host's own line has one.
assert log.contains('[INFO] [INFO] Maven Build Time Profiler started. (Version 0.5.0)')
assert log =~ /\[INFO\] \[INFO\] Tests run: 1, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: .* in com.example.platform.PlatformTest/
assert log.contains('Successfully tagged offline-docker-it/closure-extensions:1')

// os-maven-plugin's names for the two architectures Docker hosts here run on.
def arch = [amd64: 'x86_64', x86_64: 'x86_64', aarch64: 'aarch_64'][System.getProperty('os.arch')]
assert output('offline-docker-it/closure-extensions:1') == "Built on linux-${arch}"
return true
