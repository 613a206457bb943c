// Goals bound without a <phase> run at their default phases (build at package, push at deploy), and skipPush
// leaves out the push alone.
import static io.github.offlinedocker.it.ImageChecks.dockerCli
import static io.github.offlinedocker.it.ImageChecks.output
import static io.github.offlinedocker.it.ImageChecks.pullByDigest

def log = new File(basedir, 'build.log').text
def runs = log.split(/(?m)^(?:\u001B\[0m)*\[INFO\] Scanning for projects\.\.\.$/).findAll { it.contains('BUILD SUCCESS') }
assert runs.size() == 3 : "three runs in ${log.length()} characters of log"
def repository = "${registryHost}/offline-docker-it/crate"
def built = { String run -> run =~ /Built image [0-9a-f]{12,} tagged \[\Q${repository}\E:1\]/ }
def pushed = { String run -> run.contains("Pushing ${repository}:1 to ${registryHost}") }

// 1. package: built, not pushed; the push goal never started.
assert built(runs[0])
assert !pushed(runs[0])

assert !(runs[0] =~ /offline-docker-maven-plugin:\S+:push /)
// 2. deploy -Doffline-docker.skipPush: built, then the push goal skipped.
assert built(runs[1])
assert runs[1] =~ /offline-docker-maven-plugin:\S+:push \(default\)/
assert runs[1].contains('Skipping offline-docker (offline-docker.skipPush=true)')
assert !pushed(runs[1])
// 3. deploy: built, then pushed, in that order; the digest pulls back the image built.
assert built(runs[2])
assert pushed(runs[2])
assert runs[2].indexOf('Built image') < runs[2].indexOf("Pushing ${repository}:1")
def digest = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/offline-docker-image.json')).digests["${repository}:1".toString()]
def builtId = dockerCli('image', 'inspect', '--format', '{{.Id}}', "${repository}:1")
dockerCli('image', 'rm', "${repository}:1")
assert pullByDigest(repository, digest, registryUsername, registryPassword) == builtId
assert output("${repository}@${digest}") == 'crate packed'
return true
