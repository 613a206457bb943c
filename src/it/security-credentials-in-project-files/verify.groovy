// Both goals refuse the project, naming the file and whose credential it holds, before any context is written;
// the image's tag stays where it was, and the log holds the credential in no form.
import static io.github.offlinedocker.it.BuildLogs.assertNoStackTrace
import static io.github.offlinedocker.it.Canaries.forms
import static io.github.offlinedocker.it.Canaries.foundInText
import static io.github.offlinedocker.it.ImageChecks.imageId

def log = new File(basedir, 'build.log').text
def refusal = "The project file src/main/resources/deploy.properties holds the password of the <server> with" +
        " <id>${repoId}</id> in settings.xml. The build context carries it into the builder stage's layers, and a" +
        " resource into the image: remove it"
assert log.findAll(java.util.regex.Pattern.quote(refusal)).size() == 2
assert log.contains(':build (default-cli) on project ledger: The project file')
assert log.contains(':context (default-cli) on project ledger: The project file')
assertNoStackTrace(log)
assert foundInText(log, forms('repo-password', repoUsername, repoPassword)).isEmpty()

['offline-docker', 'offline-docker.tar', 'offline-docker-dependencies', 'offline-docker-dependencies.tar'].each {
    assert !new File(basedir, "target/${it}").exists() : "target/${it} was written by a refused run"
}
assert imageId('offline-docker-it/security-credentials-in-project-files:1') == imageId(runtimeImage)
return true
