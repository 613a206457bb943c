// The dependency cache: pushed to on the first build, pulled from by an engine that lacked the image, and a
// cache no one answers at cost one warning, not the build. With cacheBuilderStage, the builder stage of the same
// sources comes from it too, and changed sources are built by Maven, never answered by an older stage.
import static io.github.offlinedocker.it.BuildLogs.stepsFromCache
import static io.github.offlinedocker.it.ImageChecks.output

def log = new File(basedir, 'build.log').text
def cache = "${registryHost}/offline-docker-it/depot-dependencies"
// One part a Maven run of the host (its first line may carry a colour reset), not of the builder stage.
def builds = log.split(/(?m)^(?:\u001B\[0m)*\[INFO\] Scanning for projects\.\.\.$/)
        .findAll { it.contains('offline-docker-maven-plugin') }
assert builds.size() == 4 : "four builds in ${log.length()} characters of log"
def mavenStep = { String build -> stepsFromCache(build).find { it.key.startsWith('RUN ["/opt/maven/bin/offline-docker-mvn"') } }

// 1. Built here, then pushed there with settings.xml's login; the builder stage too.
def reference = (builds[0] =~ /The dependency cache has no (\Q${cache}\E:[0-9a-f]{24}) yet: it is built here, then pushed there/)[0][1]
assert builds[0].contains("Building the dependency image ${reference}")
assert builds[0] =~ /Pushing \Q${reference}\E to \Q${registryHost}\E as \Q${registryUsername}\E \(settings\.xml's <server> \Q${registryHost}\E\)/
assert builds[0] =~ /Pushed \Q${cache}\E@sha256:[0-9a-f]{64}/
def stage = (builds[0] =~ /The dependency cache has no (\Q${cache}\E:build-[0-9a-f]{24}) yet: it is built here, then pushed there/)[0][1]
assert builds[0] =~ /Pushing \Q${stage}\E to \Q${registryHost}\E as \Q${registryUsername}\E/

// 3. The same tags, from the cache: no dependency image built, the builder's Maven step answered from the pulled
//    stage, and the image runs.
assert builds[1].contains("Dependency image ${reference} came from the dependency cache: no dependency layer is built here")
assert !builds[1].contains('Building the dependency image')
assert builds[1].contains("Builder stage ${stage} came from the dependency cache")
assert mavenStep(builds[1]).value == true
assert !builds[1].contains('Pushing ')
assert output('offline-docker-it/depot:3') == 'depot stocked'

// 5. Changed sources: another stage tag, which the cache lacks; Maven builds them, and the image holds the change.
def changed = (builds[2] =~ /The dependency cache has no (\Q${cache}\E:build-[0-9a-f]{24}) yet/)[0][1]
assert changed != stage
assert mavenStep(builds[2]).value == false
assert builds[2] =~ /Pushing \Q${changed}\E to /
assert output('offline-docker-it/depot:5') == 'depot restocked'

// 6. No cache at 127.0.0.1:1: one warning, built here, not pushed, and the image runs.
def warnings = builds[3].readLines().findAll { it.startsWith('[WARNING]') && it.contains('dependency cache') }
assert warnings.size() == 1 : warnings
assert warnings[0].contains('The dependency cache 127.0.0.1:1/offline-docker-it/depot-dependencies could not be read')
assert builds[3].contains('Building the dependency image 127.0.0.1:1/offline-docker-it/depot-dependencies:' + reference.split(':').last())
assert !builds[3].contains('Pushing 127.0.0.1:1/')
assert output('offline-docker-it/depot:6') == 'depot restocked'

assert !log.contains(registryPassword)
return true
