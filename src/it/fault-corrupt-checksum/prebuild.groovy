// Deploys tampered-lib, then replaces the .sha1 of its jar; the IT's local repository must download it anew.
// A previous, good offline repository is planted to show that a failure leaves it as it was.
import io.github.offlinedocker.it.PreviousRepository
import io.github.offlinedocker.it.PrivateDeployment

PrivateDeployment.deploy(new File(basedir, 'setup/tampered-lib'), new File(basedir, 'target/setup-repository'),
        repoId, repoUrl, repoUsername, repoPassword, new File(basedir, 'setup-tampered-lib.log'))
PrivateDeployment.overwrite("${repoUrl}com/acme/tampered/tampered-lib/1.0.0/tampered-lib-1.0.0.jar.sha1",
        repoUsername, repoPassword, '0000000000000000000000000000000000000000')
new File(localRepositoryPath, 'com/acme/tampered').deleteDir()
PreviousRepository.plant(new File(basedir, 'target/offline-repo'))
return true
