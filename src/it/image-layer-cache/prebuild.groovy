// Deploys ledger-lib 1.0.0 to the private repository; verify.groovy bumps it to 1.0.1 later. The project's
// dependency images of earlier runs go, so that verify.groovy counts this run's.
import static io.github.offlinedocker.it.ImageChecks.dockerCli
import io.github.offlinedocker.it.PrivateDeployment

dockerCli('image', 'ls', '--format', '{{.Repository}}:{{.Tag}}', 'offline-docker-dependencies/com-example-bookkeeper')
        .readLines().findAll { it }.each { dockerCli('image', 'rm', it) }

PrivateDeployment.deploy(new File(basedir, 'setup/ledger-lib'), new File(basedir, 'target/setup-repository'),
        repoId, repoUrl, repoUsername, repoPassword, new File(basedir, 'setup-ledger-lib-1.0.0.log'))
new File(localRepositoryPath, 'com/acme/ledger').deleteDir()
return true
