// The context goal builds nothing itself; its output builds with the docker CLI and --network none, and
// writing it twice from the same input gives the same bytes.
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
return true
