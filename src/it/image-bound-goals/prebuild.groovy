// The registry starts without the image, so that only the third run's push can put it there.
import static io.github.offlinedocker.it.ImageChecks.emptyRegistryRepository

emptyRegistryRepository(registryHost, 'offline-docker-it/crate', registryUsername, registryPassword)
return true
