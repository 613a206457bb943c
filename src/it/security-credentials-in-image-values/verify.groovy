// Each credential is refused naming the element and whose credential it is, before anything is built or written,
// and the log holds it in no form; without one the image builds and runs.
import static io.github.offlinedocker.it.BuildLogs.assertNoStackTrace
import static io.github.offlinedocker.it.Canaries.forms
import static io.github.offlinedocker.it.Canaries.foundInText
import static io.github.offlinedocker.it.ImageChecks.output

def log = new File(basedir, 'build.log').text
def owner = "holds the password of the <server> with <id>${repoId}</id> in settings.xml. It would be kept in the image or its history"
assert log.contains("<buildArgs><NEXUS_PASSWORD> ${owner}")
assert log.contains("<labels><deploy-token> ${owner}")
assert log =~ /<dockerfile> \S*target\/Dockerfile\.with-login \Q${owner}\E/
assert log.contains("The user property -Dnexus.pat of your Maven command line or .mvn/maven.config, which the builder stage's mvn repeats, ${owner}")
assert log.contains("The system property quality.url of .mvn/jvm.config, which the build context carries into the builder stage, ${owner}")
assert log.findAll('MojoFailureException').size() >= 5
assertNoStackTrace(log)
assert foundInText(log, forms('repo-password', repoUsername, repoPassword)).isEmpty()

// The refused runs wrote no build context: each was refused before anything was written. The last, clean build
// wrote its own elsewhere, and its image runs.
['offline-docker', 'offline-docker.tar', 'offline-docker-dependencies', 'offline-docker-dependencies.tar'].each {
    assert !new File(basedir, "target/${it}").exists() : "target/${it} was written by a refused run"
    assert !new File(basedir, "jvm-config/target/${it}").exists() : "jvm-config/target/${it} was written"
}
assert new File(basedir, 'target/context-of-the-clean-run/Dockerfile').isFile()
assert output('offline-docker-it/security-credentials-in-image-values:1') == 'vault sealed 42'
return true
