// The image was built through the TLS endpoint, and it runs.
import io.github.offlinedocker.it.BuildLogs
import io.github.offlinedocker.it.ImageChecks

def log = new File(basedir, 'build.log').text
assert log.contains("Building image [offline-docker-it/image-docker-tls:1] on ${dockerTlsHost} with network mode none")
BuildLogs.assertNoStackTrace(log)
assert ImageChecks.output('offline-docker-it/image-docker-tls:1').trim() == 'over TLS: 42'
return true
