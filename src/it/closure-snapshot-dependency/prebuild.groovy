// Deploys clock-lib 2.1-SNAPSHOT twice to the private repository, labelled 'first' then 'second': two
// timestamped builds behind one maven-metadata.xml, as a CI server leaves them.
import io.github.offlinedocker.it.PrivateDeployment

def scratchRepository = new File(basedir, 'target/setup-repository')
for (label in ['first', 'second']) {
    PrivateDeployment.deploy(new File(basedir, 'setup/clock-lib'), scratchRepository, repoId, repoUrl, repoUsername,
            repoPassword, new File(basedir, "setup-clock-lib-${label}.log"), "build.label=${label}")
}
new File(localRepositoryPath, 'com/acme/clock').deleteDir()
return true
