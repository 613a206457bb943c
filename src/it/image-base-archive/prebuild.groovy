// The runtime image as an air-gapped site has it: a 'docker save' archive, and no such image in the engine.
import static io.github.offlinedocker.it.ImageChecks.dockerCli

def image = 'offline-docker-it/airgap-jre:17'
new File(basedir, 'target').mkdirs()
dockerCli('tag', runtimeImage, image)
dockerCli('save', '-o', new File(basedir, 'target/airgap-jre.tar').path, image)
dockerCli('image', 'rm', image)
assert !dockerCli('image', 'ls', '-q', image)
return true
