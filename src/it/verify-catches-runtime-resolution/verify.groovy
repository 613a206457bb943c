// 'verify' caught what 'plan' missed, naming it; 'record' got it, and its image runs.
def log = new File(basedir, 'build.log').text

assert log.contains("'mvn -o package' fails against the offline repository: it misses"
        + " com.google.code.gson:gson:jar:2.11.0 (from central ")
assert log.contains("Recording what 'mvn package' resolves")
assert log.contains("Verified: 'mvn -o package' passes with the offline repository alone")
assert new File(basedir, 'target/offline-repo/com/google/code/gson/gson/2.11.0/gson-2.11.0.jar').isFile()

def run = ['docker', 'run', '--rm', '--network', 'none', 'offline-docker-it/verify-record:1'].execute()
def out = new StringBuilder(), err = new StringBuilder()
run.waitForProcessOutput(out, err)
assert run.exitValue() == 0 : err
assert out.toString().trim() == 'built offline from a recorded closure'
return true
