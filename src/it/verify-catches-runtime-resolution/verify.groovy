// 'verify' caught what 'plan' missed, naming it; 'record' got it, and its image runs.
import static io.github.offlinedocker.it.ImageChecks.output

def log = new File(basedir, 'build.log').text

assert log.contains("'mvn -o package' fails against the offline repository: it misses"
        + " com.google.code.gson:gson:jar:2.11.0 (from central ")
assert log.contains("Recording what 'mvn package' resolves")
assert log.contains("Verified: 'mvn -o package' passes with the offline repository alone")
assert new File(basedir, 'target/offline-repo/com/google/code/gson/gson/2.11.0/gson-2.11.0.jar').isFile()

assert output('offline-docker-it/verify-record:1') == 'built offline from a recorded closure'
return true
