// Invocation 1 failed before Docker, naming the goal, why the builder cannot run it and what to do; invocation 2,
// doing that, built the image with the goal skipped in the builder.
import static io.github.offlinedocker.it.BuildLogs.assertNoStackTrace
import static io.github.offlinedocker.it.ImageChecks.output

def log = new File(basedir, 'build.log').text
assertNoStackTrace(log)
def runs = log.split(/\u001B\[0m(?=\[INFO\] Scanning for projects)/).findAll { it.contains('Scanning for projects') }
assert runs.size() == 2

assert runs[0].contains('io.github.git-commit-id:git-commit-id-maven-plugin:9.0.2:revision@default of revision reads'
        + " the project's Git repository (.git), and fails without it: the build context never carries .git")
assert runs[0].contains('<failOnNoGitDirectory>false</failOnNoGitDirectory>')
assert runs[0].contains("'mvn -Dmaven.gitcommitid.skip=true offline-docker:build'")
assert !runs[0].contains('Building image') : 'the first invocation reached Docker'

assert runs[1].contains("The builder stage's mvn repeats this build's properties maven.gitcommitid.skip")
assert runs[1] =~ /--- (git-commit-id-maven-plugin|git-commit-id):9\.0\.2:revision \(default\) @ revision ---/
assert runs[1].contains('BUILD SUCCESS')
assert output('offline-docker-it/fault-git-directory:1') == 'built without .git'
return true
