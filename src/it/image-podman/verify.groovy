// On Podman: the build ran there with no network (Podman's own name for it, as its Docker API takes 'none' for
// the host's network), the dependency image went to the cache and came back from it,
// the pushed image comes back by digest into Docker and runs; a registry Podman speaks HTTPS to is explained.
import static io.github.offlinedocker.it.ImageChecks.cli
import static io.github.offlinedocker.it.ImageChecks.output
import static io.github.offlinedocker.it.ImageChecks.pullByDigest

def log = new File(basedir, 'build.log').text
def builds = log.split(/(?m)^(?:\u001B\[0m)*\[INFO\] Scanning for projects\.\.\.$/)
        .findAll { it.contains('offline-docker-maven-plugin') }
assert builds.size() == 4 : "four builds in ${log.length()} characters of log"
def podman = podmanHost
def cache = "${registryHost}/offline-docker-it/wharf-dependencies"
def repository = "${registryHost}/offline-docker-it/wharf"

// 1. The dependency image built on Podman and pushed to the cache; the image built there and pushed.
def reference = (builds[0] =~ /The dependency cache has no (\Q${cache}\E:[0-9a-f]{24}) yet: it is built here, then pushed there/)[0][1]
assert builds[0].contains("Building image [${reference}] on ${podman} with network mode NetworkDisabled")
assert builds[0].contains("Building image [${repository}:1] on ${podman} with network mode NetworkDisabled")
assert builds[0] =~ /Pushed \Q${cache}\E@sha256:[0-9a-f]{64}/
def digest = (builds[0] =~ /Pushed \Q${repository}\E@(sha256:[0-9a-f]{64})/)[0][1]
assert cli('podman', 'image', 'inspect', '--format', '{{.Id}}', "${repository}:1")

// The image Podman built and pushed, pulled by its digest into Docker, runs there.
pullByDigest(repository, digest, registryUsername, registryPassword)
assert output("${repository}@${digest}") == 'wharf moored'

// 3. Podman had forgotten the dependency image: it came from the cache, with settings.xml's login.
assert builds[1].contains("Dependency image ${reference} came from the dependency cache: no dependency layer is built here")
assert !builds[1].contains('Building image [' + reference)
assert builds[1] =~ /Pushed \Q${repository}\E@sha256:[0-9a-f]{64}/

// 4. The step saw the loopback interface alone.
assert builds[2].contains('interfaces: lo') && builds[2].contains('BUILD SUCCESS')

// 5. Podman speaks HTTPS to localhost:<port>: the message says so and what to configure.
def refused = "localhost:${registryHost.split(':')[1]}"
assert builds[3] =~ /Pushing \Q${refused}\E\/offline-docker-it\/wharf:5 to \Q${refused}\E failed: .*server gave HTTP response to HTTPS client/
assert builds[3].contains("The registry ${refused} answers in plain HTTP, but the engine speaks HTTPS to it: give the registry TLS, or let the engine use HTTP for it")
assert builds[3].contains("Podman: a [[registry]] with location = \"${refused}\" and insecure = true in registries.conf")

assert !log.contains(registryPassword)
return true
