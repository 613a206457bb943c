// Deploys tampered-lib, then replaces the .sha1 of its jar; the IT's local repository must download it anew.
// A previous, good offline repository is planted to show that a failure leaves it as it was.
import io.github.offlinedocker.it.PrivateDeployment

PrivateDeployment.deploy(new File(basedir, 'setup/tampered-lib'), new File(basedir, 'target/setup-repository'),
        repoId, repoUrl, repoUsername, repoPassword, new File(basedir, 'setup-tampered-lib.log'))
PrivateDeployment.overwrite("${repoUrl}com/acme/tampered/tampered-lib/1.0.0/tampered-lib-1.0.0.jar.sha1",
        repoUsername, repoPassword, '0000000000000000000000000000000000000000')
new File(localRepositoryPath, 'com/acme/tampered').deleteDir()
def previous = new File(basedir, 'target/offline-repo/com/example/previous/1.0/previous-1.0.jar')
previous.parentFile.mkdirs()
previous.text = 'the previous good offline repository'
return true
