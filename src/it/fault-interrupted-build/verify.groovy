// The interrupted build said it cancels; the engine stopped it: no tag, and its build container and unpacked
// context are gone (the engine removes them as it cancels, so allow it a few seconds).
import static io.github.offlinedocker.it.ImageChecks.dockerCli

def log = new File(basedir, 'interrupted.log').text
assert new File(basedir, 'exit.txt').text == '130' // 128 + SIGINT: the JVM ended on the signal
assert log.contains('Interrupted: cancelling the image build on ')
assert !log.contains('BUILD SUCCESS')

def containersBefore = new File(basedir, 'containers-before.txt').text as int
def builderTemp = new File(dockerCli('info', '--format', '{{.DockerRootDir}}'), 'tmp')
def leftovers = { ->
    def containers = dockerCli('ps', '-aq').readLines().size() - containersBefore
    def contexts = (builderTemp.listFiles() ?: []).findAll { it.name.startsWith('docker-builder') }
    containers > 0 || contexts ? "${containers} container(s), ${contexts}" : null
}
def deadline = System.currentTimeMillis() + 30_000
while (leftovers() && System.currentTimeMillis() < deadline) {
    sleep 500
}
assert leftovers() == null
assert dockerCli('images', '-q', 'offline-docker-it/fault-interrupted-build:1') == ''
return true
