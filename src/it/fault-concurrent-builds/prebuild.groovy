// Two builds of this project at once, as two terminals or two CI jobs on one checkout start them: the second
// starts while the first holds the project, and must wait for it.
import io.github.offlinedocker.it.ItMaven
import java.time.Duration
import java.util.concurrent.TimeUnit

def maven = new ItMaven(repoId, repoUsername, repoPassword, localRepositoryPath)
String[] build = ['offline-docker:build', "-Doffline-docker.builderImage=${builderImage}",
                  "-Doffline-docker.runtimeImage=${runtimeImage}"]
def firstLog = new File(basedir, 'first.log')
// Without the cache the first build runs SlowTest in its builder stage: it holds the project for 10 s and more
// after resolving, while the second starts. The second may use the cache: it only has to wait.
def first = maven.start(basedir, firstLog, [*build, '-Doffline-docker.noCache=true'] as String[])
ItMaven.awaitOutput(first, firstLog, 'Offline repository', Duration.ofMinutes(3))
def second = maven.start(basedir, new File(basedir, 'second.log'), build)
[first, second].each { assert it.waitFor(10, TimeUnit.MINUTES): "a build still runs after 10 minutes" }
new File(basedir, 'first.pid').text = first.pid()
return true
