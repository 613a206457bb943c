// 'verify' caught what 'plan' missed, naming it, after 'plan' had warned of the goal that can resolve; the default
// strategy and 'record' got it, and the recorded image runs.
import static io.github.offlinedocker.it.ImageChecks.output

def log = new File(basedir, 'build.log').text
def runs = log.split(/\u001B\[0m(?=\[INFO\] Scanning for projects)/).findAll { it.contains('Scanning for projects') }
assert runs.size() == 3

def copyGoal = 'org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy@copy-extra of extra'
assert runs[0].contains("[WARNING] Strategy 'plan' leaves out what ${copyGoal} resolves while it runs (")
assert runs[0].contains("'mvn -o package' fails against the offline repository: it misses"
        + " com.google.code.gson:gson:jar:2.11.0 (from central ")

assert runs[1] =~ /The plan cannot see what ${java.util.regex.Pattern.quote(copyGoal)} resolves while it runs: it /
assert runs[1].contains("Recording what 'mvn package -DskipTests' resolves")
assert runs[1] =~ /The recording added \d+ artifacts the plan had not, e\.g\. /
assert runs[1].contains("Verified: 'mvn -o package' passes with the offline repository alone")

assert runs[2].contains("Recording what 'mvn package' resolves")
assert runs[2].contains("Verified: 'mvn -o package' passes with the offline repository alone")
assert new File(basedir, 'target/offline-repo/com/google/code/gson/gson/2.11.0/gson-2.11.0.jar').isFile()

assert output('offline-docker-it/verify-record:1') == 'built offline from a recorded closure'
return true
