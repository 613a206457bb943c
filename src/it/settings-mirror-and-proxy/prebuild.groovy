// Deploys relay-codes straight to the private repository and removes it from the local repository, so that each
// invocation must fetch it through the mirror and the proxy; notes where the proxy's log ends before them.
import io.github.offlinedocker.it.PrivateDeployment

PrivateDeployment.deploy(new File(basedir, 'setup/relay-codes'), new File(basedir, 'target/setup-repository'),
        repoId, repoUrl, repoUsername, repoPassword, new File(basedir, 'setup-relay-codes.log'))
new File(localRepositoryPath, 'com/acme/relay').deleteDir()
new File(basedir, 'proxy-log-start.txt').text = new File(proxyAccessLog).length()
return true
