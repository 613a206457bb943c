// Ctrl-C (SIGINT) while the builder stage runs a test: Maven ends, and the engine cancels the build.
import static io.github.offlinedocker.it.ImageChecks.dockerCli
import io.github.offlinedocker.it.ItMaven
import java.time.Duration

dockerCli('image', 'rm', '--force', 'offline-docker-it/fault-interrupted-build:1')
new File(basedir, 'containers-before.txt').text = dockerCli('ps', '-aq').readLines().size()

def log = new File(basedir, 'interrupted.log')
def process = new ItMaven(repoId, repoUsername, repoPassword, localRepositoryPath)
        .start(basedir, log, 'offline-docker:build', "-Doffline-docker.builderImage=${builderImage}",
                "-Doffline-docker.runtimeImage=${runtimeImage}", '-Doffline-docker.noCache=true')
ItMaven.awaitOutput(process, log, 'SlowTest started', Duration.ofMinutes(3))
new File(basedir, 'exit.txt').text = ItMaven.interrupt(process)
return true
