// Invocation 1 failed before Docker, naming both frontend goals, what they download and what to do; invocation 2,
// doing that, built the image with the frontend the host built, the plugin's goals skipped in the builder.
import static io.github.offlinedocker.it.BuildLogs.assertNoStackTrace
import static io.github.offlinedocker.it.ImageChecks.output

def log = new File(basedir, 'build.log').text
assertNoStackTrace(log)
def runs = log.split(/\u001B\[0m(?=\[INFO\] Scanning for projects)/).findAll { it.contains('Scanning for projects') }
assert runs.size() == 2

def plugin = 'com.github.eirslett:frontend-maven-plugin:1.15.1'
assert runs[0].contains("${plugin}:install-node-and-npm@install-node-and-npm of web downloads Node.js (and its package"
        + " manager) from its nodeDownloadRoot, nodejs.org unless configured; ${plugin}:npm@npm-build of web downloads"
        + " the packages 'npm' fetches from its registry: that comes from outside Maven's repositories")
assert runs[0].contains("'mvn -Dskip.installnodenpm -Dskip.npm offline-docker:build'")
assert !runs[0].contains('Building image') : 'the first invocation reached Docker'

assert runs[1].contains("The builder stage's mvn repeats this build's properties skip.installnodenpm, skip.npm")
assert runs[1].contains('BUILD SUCCESS')
assert output('offline-docker-it/fault-frontend-download:1') == '<h1>built on the host</h1>'
return true
