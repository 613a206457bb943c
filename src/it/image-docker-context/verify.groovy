// The build went to the address of the current context, and the image runs.
import io.github.offlinedocker.it.BuildLogs
import io.github.offlinedocker.it.ImageChecks

def log = new File(basedir, 'build.log').text
assert log.contains('Building image [offline-docker-it/image-docker-context:1] on unix:///tmp/offline-docker-it/docker-context.sock with network mode none')
BuildLogs.assertNoStackTrace(log)
assert ImageChecks.output('offline-docker-it/image-docker-context:1').trim() == 'through the context: 42'
return true
