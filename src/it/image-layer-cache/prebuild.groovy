// Deploys ledger-lib 1.0.0 to the private repository; verify.groovy bumps it to 1.0.1 later.
import io.github.offlinedocker.it.PrivateDeployment

PrivateDeployment.deploy(new File(basedir, 'setup/ledger-lib'), new File(basedir, 'target/setup-repository'),
        repoId, repoUrl, repoUsername, repoPassword, new File(basedir, 'setup-ledger-lib-1.0.0.log'))
new File(localRepositoryPath, 'com/acme/ledger').deleteDir()
return true
