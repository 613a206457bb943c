// The closure was resolved as the host's own build resolves: through the mirror (its <server> login) and the
// proxy (its login), neither of whose hosts exists; the image built offline runs; no login reached it.
import static io.github.offlinedocker.it.Canaries.forms
import static io.github.offlinedocker.it.Canaries.foundIn
import static io.github.offlinedocker.it.Canaries.foundInImage
import static io.github.offlinedocker.it.Canaries.foundInText
import static io.github.offlinedocker.it.ImageChecks.output
import io.github.offlinedocker.it.BuildLogs

def log = new File(basedir, 'build.log').text
BuildLogs.assertStrategy(log, strategy)
BuildLogs.assertNoStackTrace(log)

// 1. and 2.: the proxy refused, and the message names its <proxy> and the fix. Maven 4's JDK transport gives up
// on a refused login without saying whether the repository or the proxy refused it, so the message names both.
def proxy = "127.0.0.1:${proxyPort}"
def relay = /com\.acme\.relay:relay-codes:(jar|pom):1\.0\.0/
def fromMirror = /from repository 'corp-mirror' \(http:\/\/corp-mirror\.invalid\/\)/
assert log =~ /The proxy \Q${proxy}\E answered 407 Proxy Authentication Required for ${relay} ${fromMirror}: the <proxy> for \Q${proxy}\E in settings.xml has a login the proxy rejected\./ ||
        log =~ /Repository 'corp-mirror' \(http:\/\/corp-mirror\.invalid\/\), reached through the proxy \Q${proxy}\E, refused a login for ${relay} until Maven gave up/
assert log =~ /The proxy \Q${proxy}\E answered 407 Proxy Authentication Required for ${relay} ${fromMirror}: the <proxy> for \Q${proxy}\E in settings.xml has no login\. Add the proxy's <username> and <password> to it\./

// 3.: the right logins. Maven's "Downloaded from" lines are no evidence: Maven 4 leaves them out on a CI machine.
def jar = 'com/acme/relay/relay-codes/1.0.0/relay-codes-1.0.0.jar'

// The proxy got the requests, with its login, for the mirror's host; never one for the mirrored repository's.
def proxyLog = new File(proxyAccessLog)
def start = new File(basedir, 'proxy-log-start.txt').text as long
def proxied = proxyLog.withInputStream { it.skip(start); it.getText('UTF-8') }.readLines()
assert proxied.contains("200 \"GET http://corp-mirror.invalid/${jar} HTTP/1.1\"".toString()) : proxied
assert !proxied.any { it.contains('corp-repo.invalid') } : proxied
// Central is not behind the proxy (nonProxyHosts): no Maven version tried to tunnel to it.
assert !log.contains('Tunnel failed')

// The lock names the mirror as where the artifact came from; the offline repository holds it.
def lock = new File(basedir, 'target/offline-repo.lock').readLines()
assert lock.any { it.startsWith("${jar} sha256:") && it.endsWith(' corp-mirror') } : lock.findAll { it.contains('relay') }
assert new File(basedir, "target/offline-repo/${jar}").isFile()

def image = 'offline-docker-it/settings-mirror-and-proxy:1'
assert output(image, 'south') == 'relay RLY-SOUTH'

// Neither login is in the context tars, the image or the log.
def needles = forms('repo-password', repoUsername, repoPassword) + forms('proxy-password', proxyUsername, proxyPassword)
def leaks = foundInImage(image, needles)
['offline-docker.tar', 'offline-docker-dependencies.tar'].collect { new File(basedir, "target/${it}") }.each { tar ->
    assert tar.isFile() : tar
    def found = tar.withInputStream { foundIn(it, needles) }
    if (found) leaks["context tar ${tar.name}"] = found
}
def inLog = foundInText(log, needles)
if (inLog) leaks['build.log'] = inLog
assert leaks.isEmpty() : "secrets found: ${leaks}"
return true
