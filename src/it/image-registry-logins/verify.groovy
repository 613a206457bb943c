// The private base image came with the credential helper's login, the image runs on it and went to the registry
// with the same login; a helper that is not installed fails the push naming it. No password anywhere.
import static io.github.offlinedocker.it.ImageChecks.dockerCli
import static io.github.offlinedocker.it.ImageChecks.output
import static io.github.offlinedocker.it.ImageChecks.pullByDigest

def log = new File(basedir, 'build.log').text
def registry = privateBaseImage.split('/')[0]
def asHelper = ~/as \Q${registryUsername}\E \(credential helper docker-credential-pass, the credHelpers of \S+\/docker-config\/config\.json\)/

// The pull: by the plugin, before the build, with the helper's login; the image's base is the private one.
assert log =~ /Pulling the base image \Q${privateBaseImage}\E from \Q${registry}\E / + asHelper
assert dockerCli('image', 'inspect', '--format', '{{.Id}}', privateBaseImage) == dockerCli('image', 'inspect', '--format', '{{.Id}}', runtimeImage)
def repository = "${registry}/offline-docker-it/ledger"
assert output("${repository}:1") == 'ledger balanced on Debian'

// The push, with the same login, and the image back from the registry by its digest.
assert log =~ /Pushing \Q${repository}\E:1 to \Q${registry}\E / + asHelper
def digest = (log =~ /Pushed \Q${repository}\E@(sha256:[0-9a-f]{64})/)[0][1]
// The result as data, for CI: the image id, its tag and the pushed digest; the failed push wrote none.
def result = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/offline-docker-image.json'))
assert result.imageId == dockerCli('image', 'inspect', '--format', '{{.Id}}', "${repository}:1")
assert result.tags == ["${repository}:1".toString()]
assert result.digests == [("${repository}:1".toString()): digest]
assert !new File(basedir, 'target/failed-push-image.json').exists()
def builtId = dockerCli('image', 'inspect', '--format', '{{.Id}}', "${repository}:1")
dockerCli('image', 'rm', "${repository}:1")
assert pullByDigest("127.0.0.1:${registry.split(':')[1]}/offline-docker-it/ledger", digest, registryUsername, registryPassword) == builtId

// The second invocation: the credsStore's helper is not installed.
assert log =~ /The credsStore of absent-helper-config\/config\.json names the credential helper 'offline-docker-it-absent' for \Q${registry}\E, but docker-credential-offline-docker-it-absent cannot be run \(.*\): install it on the PATH, or remove 'offline-docker-it-absent' from that file, or give the login as a <server> with <id>\Q${registry}\E<\/id> in settings.xml\./

assert !log.contains(registryPassword)
new File(basedir, 'target').eachFileRecurse { f ->
    if (f.isFile()) f.withInputStream { assert !io.github.offlinedocker.it.ImageChecks.contains(it, registryPassword.getBytes('UTF-8')) : "${f} holds the password" }
}
return true
