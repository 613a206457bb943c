// The builder stage built what the host's build was given: the CI-friendly revision of .mvn/maven.config, the
// command line's profiles and user property, the system property of .mvn/jvm.config; the properties whose name
// marks a secret, on the command line and in .mvn/jvm.config, stayed out of the builder, the Dockerfile, the
// context, the final, builder and dependency images and the log.
import static io.github.offlinedocker.it.BuildLogs.assertNoStackTrace
import static io.github.offlinedocker.it.Canaries.forms
import static io.github.offlinedocker.it.Canaries.foundIn
import static io.github.offlinedocker.it.Canaries.foundInImage
import static io.github.offlinedocker.it.Canaries.foundInText
import static io.github.offlinedocker.it.ImageChecks.dockerCli
import static io.github.offlinedocker.it.ImageChecks.output
import io.github.offlinedocker.it.ItMaven

def log = new File(basedir, 'build.log').text
assertNoStackTrace(log)
assert log.contains("The builder stage's mvn repeats this build's profiles shout, !extras; properties greeting.name, revision")
assert log.contains('The user property sonar.login stays out of the builder stage: its name marks a secret')
assert log.contains('The system property quality.password of .mvn/jvm.config stays out of the builder stage: its'
        + ' name marks a secret, and the build context carries the file into the builder stage\'s layers.')

def dockerfile = new File(basedir, 'target/offline-docker/Dockerfile').text
assert dockerfile.contains('"-Pshout,!extras", "-Dgreeting.name=Ada", "-Drevision=2.1.0", "package"]')
assert !dockerfile.contains('sonar.login')
assert !dockerfile.contains('it-repo')

// Built as 2.1.0, with the profiles, the property and jvm.config's; sonar.login kept the POM's own value.
def image = 'offline-docker-it/image-host-options:2.1.0'
assert output(image) == '2.1.0|LOUD|no|Ada|from-jvm-config|unset'

def canary = forms('sonar-login', 'sonar', 'PLANTED-SONAR-LOGIN-7d3a')
canary.putAll(forms('jvm-config-password', 'quality', 'PLANTED-JVM-PASSWORD-5e1b'))
assert foundInText(log, canary).isEmpty()
// The builder got the rest of jvm.config as written.
assert new File(basedir, 'target/offline-docker-jvm.config').text
        == '-Dgreeting.jvm=from-jvm-config\n -Xss2m\n'
['target/offline-docker.tar', 'target/offline-docker-dependencies.tar'].each { tar ->
    new File(basedir, tar).withInputStream { assert foundIn(it, canary).isEmpty() : tar }
}
assert foundInImage(image, canary).isEmpty()
// The dependency image this build created or reused, which its builder stage runs on (newest first).
def dependencies = dockerCli('images', '--format', '{{.Repository}}:{{.Tag}}',
        'offline-docker-dependencies/com-example-host-options').readLines().first()
assert foundInImage(dependencies, canary).isEmpty()

// The same build up to the builder stage, whose layers hold the context and what mvn made of it.
def builder = 'offline-docker-it/image-host-options-builder:1'
def builderLog = new File(basedir, 'builder-stage.log')
new ItMaven(repoId, repoUsername, repoPassword, localRepositoryPath as File).run(basedir, builderLog,
        '-Pshout', '-P!extras', '-Dgreeting.name=Ada', '-Dsonar.login=PLANTED-SONAR-LOGIN-7d3a',
        "-Doffline-docker.builderImage=${builderImage}", "-Doffline-docker.runtimeImage=${runtimeImage}",
        '-Doffline-docker.target=builder', "-Doffline-docker.tags=${builder}", 'offline-docker:build')
assert builderLog.text.contains("Successfully tagged ${builder}")
assert foundInText(builderLog.text, canary).isEmpty()
assert foundInImage(builder, canary).isEmpty()
return true
