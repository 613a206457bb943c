// The context goal builds nothing itself; its output builds with the docker CLI and with buildah (the daemonless
// way CI on Kubernetes builds), both with --network none, and writing it twice from the same input gives the
// same bytes.
import static io.github.offlinedocker.it.ImageChecks.cli
import static io.github.offlinedocker.it.ImageChecks.dockerCli
import static io.github.offlinedocker.it.ImageChecks.output
import java.security.MessageDigest

def log = new File(basedir, 'build.log').text
assert !log.contains('Building image')
assert log.contains('build it with: docker build --network none ')

def sha256 = { File file -> MessageDigest.getInstance('SHA-256').digest(file.bytes).encodeHex().toString() }
def first = new File(basedir, 'target/first/offline-docker.tar')
def second = new File(basedir, 'target/second/offline-docker.tar')
assert first.isFile() && second.isFile()
assert sha256(first) == sha256(second)

def image = 'offline-docker-it/image-context-goal:1'
dockerCli('build', '--network', 'none', '--no-cache', '-t', image, new File(basedir, 'target/second/offline-docker').path)
assert output(image, 'built', 'anywhere') == 'BUILT ANYWHERE!'

// buildah, on the base images in Podman's store (tools/test-env/provision.sh copies them there); its image goes
// into Docker to run.
def built = 'localhost/offline-docker-it/image-context-goal:buildah'
cli('buildah', 'bud', '--network', 'none', '--no-cache', '-t', built, new File(basedir, 'target/first/offline-docker').path)
cli('buildah', 'push', built, 'docker-daemon:offline-docker-it/image-context-goal:buildah')
cli('buildah', 'rmi', built)
assert output('offline-docker-it/image-context-goal:buildah', 'built', 'by', 'buildah') == 'BUILT BY BUILDAH!'
return true
