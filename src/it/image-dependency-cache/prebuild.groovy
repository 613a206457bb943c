// The registry starts without a dependency image of this project, and the engine without the tags of both caches
// the builds name: both keep what earlier runs on this machine left.
import static io.github.offlinedocker.it.ImageChecks.dockerCli
import static io.github.offlinedocker.it.ImageChecks.emptyRegistryRepository

def repository = 'offline-docker-it/depot-dependencies'
emptyRegistryRepository(registryHost, repository, registryUsername, registryPassword)
["${registryHost}/${repository}", "127.0.0.1:1/${repository}"].each { cached ->
    dockerCli('image', 'ls', '--format', '{{.Repository}}:{{.Tag}}', cached).readLines().each { dockerCli('image', 'rm', it) }
}
return true
