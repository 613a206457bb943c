// The tag must be made by this build: none before it.
import static io.github.offlinedocker.it.ImageChecks.dockerCli

dockerCli('image', 'rm', '--force', 'offline-docker-it/image-docker-tls:1')
return true
