// The builder stage was built without the runtime image; then the runtime image came from its archive, not from
// a registry, and the image runs on it.
import static io.github.offlinedocker.it.ImageChecks.dockerCli
import static io.github.offlinedocker.it.ImageChecks.output

def log = new File(basedir, 'build.log').text
def builds = log.split(/(?m)^(?:\u001B\[0m)*\[INFO\] Scanning for projects\.\.\.$/)
assert builds.length == 3 : "two builds expected in build.log, found ${builds.length - 1}"
def builderOnly = builds[1]
def archived = builds[2]
assert builderOnly.contains('Built image') && builderOnly.contains('BUILD SUCCESS')
assert !(builderOnly =~ /(Loading|Pulling) the base image/)
// The builder stage's image: Maven's workspace, not the runtime stage's /app.
assert dockerCli('image', 'inspect', '--format', '{{.Config.WorkingDir}}', 'offline-docker-it/atoll:builder') == '/workspace'

def archive = new File(basedir, 'target/airgap-jre.tar').canonicalPath
assert archived.contains("Loading the base image offline-docker-it/airgap-jre:17 from ${archive}")
assert !archived.contains('Pulling the base image')
assert dockerCli('image', 'inspect', '--format', '{{.Id}}', 'offline-docker-it/airgap-jre:17') == dockerCli('image', 'inspect', '--format', '{{.Id}}', runtimeImage)
assert output('offline-docker-it/atoll:1') == 'atoll reached'
return true
