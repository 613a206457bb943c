// The engine under a second address, a link to its socket, which only the Docker context 'offline-docker-it'
// names; the Docker CLI makes that context the current one, as a user would.
import static io.github.offlinedocker.it.ImageChecks.dockerCli
import java.nio.file.Files
import java.nio.file.Path

def folder = Path.of('/tmp/offline-docker-it')
def link = folder.resolve('docker-context.sock')
def config = folder.resolve('docker-config').toString()
Files.createDirectories(folder)
Files.deleteIfExists(link)
Files.createSymbolicLink(link, Path.of('/var/run/docker.sock'))
new File(config).deleteDir()
dockerCli('--config', config, 'context', 'create', 'offline-docker-it', '--docker', "host=unix://${link}")
dockerCli('--config', config, 'context', 'use', 'offline-docker-it')
dockerCli('image', 'rm', '--force', 'offline-docker-it/image-docker-context:1')
return true
