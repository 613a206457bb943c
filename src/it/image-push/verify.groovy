// The image went to the registry with settings.xml's login and comes back by digest; without a login for
// the registry host, the push fails naming the <server> to add.
import static io.github.offlinedocker.it.ImageChecks.dockerCli
import static io.github.offlinedocker.it.ImageChecks.output
import static io.github.offlinedocker.it.ImageChecks.pullByDigest

def log = new File(basedir, 'build.log').text
def repository = "${registryHost}/offline-docker-it/parcel"
assert log.contains("Pushing ${repository}:1 to ${registryHost} as ${registryUsername} (settings.xml's <server> ${registryHost})")
def digest = (log =~ /Pushed \Q${repository}\E@(sha256:[0-9a-f]{64})/)[0][1]

// Pull it back by digest into a clean slate: the local tag is removed first.
def builtId = dockerCli('image', 'inspect', '--format', '{{.Id}}', "${repository}:1")
dockerCli('image', 'rm', "${repository}:1")
assert pullByDigest(repository, digest, registryUsername, registryPassword) == builtId
assert output("${repository}@${digest}") == 'parcel delivered'

// The second invocation: no <server> for localhost:<port>.
def refused = "localhost:${registryHost.split(':')[1]}"
assert log.contains("Pushing ${refused}/offline-docker-it/parcel:1 to ${refused}\n") || log.contains("Pushing ${refused}/offline-docker-it/parcel:1 to ${refused}\r\n")
assert log =~ /Pushing \Q${refused}\E\/offline-docker-it\/parcel:1 to \Q${refused}\E failed: .*The registry wants a login and none was found: add a <server> with <id>\Q${refused}\E<\/id>/

// No registry password in the log.
assert !log.contains(registryPassword)
return true
