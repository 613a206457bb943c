// The tag points at another image before the build, and the engine's containers are counted.
import static io.github.offlinedocker.it.ImageChecks.dockerCli

dockerCli('tag', runtimeImage, 'offline-docker-it/fault-failing-builder-step:1')
new File(basedir, 'containers-before.txt').text = dockerCli('ps', '-aq').readLines().size()
return true
