// A resolution from a repository that sends 256 bytes a second is interrupted as Ctrl-C does (SIGINT) while it
// downloads: Maven stops at once, and the previous good offline repository is exactly as it was.
import io.github.offlinedocker.it.ItMaven
import io.github.offlinedocker.it.PreviousRepository
import java.time.Duration

new File(localRepositoryPath, 'io/github/offlinedocker/examples/math-utils').deleteDir()
PreviousRepository.plant(new File(basedir, 'target/offline-repo'))

def slow = repoUrl.replaceFirst('/releases/$', '/faults/slow/')
def log = new File(basedir, 'interrupted.log')
def process = new ItMaven(repoId, repoUsername, repoPassword, localRepositoryPath)
        .start(basedir, log, 'offline-docker:resolve', "-Dfaulty.repo.url=${slow}")
ItMaven.awaitOutput(process, log, "Downloading from ${repoId}: ${slow}io/github/offlinedocker/examples/math-utils",
        Duration.ofMinutes(3))
assert ItMaven.interrupt(process) == 130 // 128 + SIGINT: the JVM ended on the signal
assert !log.text.contains('BUILD SUCCESS')

PreviousRepository.assertUnchanged(new File(basedir, 'target/offline-repo'))
return true
