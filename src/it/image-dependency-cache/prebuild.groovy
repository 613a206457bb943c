// The registry starts without a dependency image of this project, and the engine without the tags of both caches
// the builds name: both keep what earlier runs on this machine left.
import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import static io.github.offlinedocker.it.ImageChecks.dockerCli

def repository = 'offline-docker-it/depot-dependencies'
def base = "http://${registryHost}/v2/${repository}"
def auth = 'Basic ' + "${registryUsername}:${registryPassword}".bytes.encodeBase64().toString()
def http = HttpClient.newHttpClient()
def send = { String method, String url ->
    http.send(HttpRequest.newBuilder(URI.create(url)).header('Authorization', auth)
            .header('Accept', 'application/vnd.docker.distribution.manifest.v2+json')
            .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString())
}
def tags = send('GET', "${base}/tags/list")
if (tags.statusCode() == 200) {
    (new groovy.json.JsonSlurper().parseText(tags.body()).tags ?: []).each { tag ->
        def digest = send('HEAD', "${base}/manifests/${tag}").headers().firstValue('Docker-Content-Digest').orElseThrow()
        assert send('DELETE', "${base}/manifests/${digest}").statusCode() == 202
    }
}
assert send('GET', "${base}/tags/list").with { statusCode() == 404 || !new groovy.json.JsonSlurper().parseText(body()).tags }
["${registryHost}/${repository}", "127.0.0.1:1/${repository}"].each { cached ->
    dockerCli('image', 'ls', '--format', '{{.Repository}}:{{.Tag}}', cached).readLines().each { dockerCli('image', 'rm', it) }
}
return true
