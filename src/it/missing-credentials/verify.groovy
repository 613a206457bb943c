// Without credentials the goal fails, says which server id to add, and no tag moves.
import static io.github.offlinedocker.it.ImageChecks.imageId
import static io.github.offlinedocker.it.BuildLogs.assertNoStackTrace

def log = new File(basedir, 'build.log').text

assert log.contains("Repository 'private-repo-without-server' (${repoUrl}) answered 401 Unauthorized")
assert log.contains('io.github.offlinedocker.examples:math-utils')
assert log.contains('settings.xml has no <server> with <id>private-repo-without-server</id>')
assert !log.contains('Building image')

assert imageId('offline-docker-it/missing-credentials:1.0.0') == imageId(runtimeImage)
assertNoStackTrace(log)
return true
