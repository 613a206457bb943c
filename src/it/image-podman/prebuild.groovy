// The registry starts without this project's images, and Podman without their tags: both keep what earlier runs
// on this machine left.
import static io.github.offlinedocker.it.ImageChecks.cli
import static io.github.offlinedocker.it.ImageChecks.emptyRegistryRepository

['offline-docker-it/wharf-dependencies', 'offline-docker-it/wharf'].each { repository ->
    emptyRegistryRepository(registryHost, repository, registryUsername, registryPassword)
    ["${registryHost}/${repository}", "localhost:${registryHost.split(':')[1]}/${repository}"].each { local ->
        cli('podman', 'image', 'ls', '--format', '{{.Repository}}:{{.Tag}}', local).readLines().each { cli('podman', 'image', 'rm', it) }
    }
}
return true
