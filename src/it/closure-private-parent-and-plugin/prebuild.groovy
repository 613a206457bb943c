// Deploys the parent POM and the plugin to the private repository; the IT's local repository must get them
// through the private repository (with settings.xml's credentials) or not at all.
import io.github.offlinedocker.it.PrivateDeployment

def scratchRepository = new File(basedir, 'target/setup-repository')
for (project in ['corp-parent', 'stamp-maven-plugin']) {
    PrivateDeployment.deploy(new File(basedir, "setup/${project}"), scratchRepository, repoId, repoUrl, repoUsername,
            repoPassword, new File(basedir, "setup-${project}.log"))
}
new File(localRepositoryPath, 'com/acme/corp').deleteDir()
return true
