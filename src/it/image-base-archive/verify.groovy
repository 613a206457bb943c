// The runtime image came from its archive, not from a registry, and the image runs on it.
import static io.github.offlinedocker.it.ImageChecks.dockerCli
import static io.github.offlinedocker.it.ImageChecks.output

def log = new File(basedir, 'build.log').text
def archive = new File(basedir, 'target/airgap-jre.tar').canonicalPath
assert log.contains("Loading the base image offline-docker-it/airgap-jre:17 from ${archive}")
assert !log.contains('Pulling the base image')
assert dockerCli('image', 'inspect', '--format', '{{.Id}}', 'offline-docker-it/airgap-jre:17') == dockerCli('image', 'inspect', '--format', '{{.Id}}', runtimeImage)
assert output('offline-docker-it/atoll:1') == 'atoll reached'
return true
