// The engine must lack the private base image, so that the build has to pull it with the helper's login.
import static io.github.offlinedocker.it.ImageChecks.dockerCli

if (dockerCli('image', 'ls', '-q', privateBaseImage)) {
    dockerCli('image', 'rm', privateBaseImage)
}
assert !dockerCli('image', 'ls', '-q', privateBaseImage)
return true
