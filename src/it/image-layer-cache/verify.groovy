// Layer caching on the real engine: after the first build, a source-only change takes every dependency layer
// from the cache, and a private dependency bump re-copies only the layers from the private one on.
import static io.github.offlinedocker.it.ImageChecks.output
import static io.github.offlinedocker.it.BuildLogs.stepsFromCache
import io.github.offlinedocker.it.ItMaven
import io.github.offlinedocker.it.PrivateDeployment

def image = 'offline-docker-it/image-layer-cache:1'
assert output(image) == 'Bookkeeper on ledger-lib 1.0.0'

def maven = new ItMaven(repoId, repoUsername, repoPassword, localRepositoryPath as File)
def images = ["-Doffline-docker.builderImage=${builderImage}", "-Doffline-docker.runtimeImage=${runtimeImage}"]
def build = { String name -> maven.run(basedir, new File(basedir, "${name}.log"), *(images + ['offline-docker:build'])) }
def dependencyLayers = ['releases', 'private', 'snapshots']

// 1. Source-only change: the repository, Maven and library layers come from the cache; the sources do not.
def source = new File(basedir, 'src/main/java/com/example/bookkeeper/Bookkeeper.java')
source.text = source.text.replace('"bookkeeper on ledger-lib "', '"bookkeeper (edited) on ledger-lib "')
def cached = stepsFromCache(build('source-change'))
dependencyLayers.each { layer ->
    assert cached["COPY repository/${layer}/ /var/cache/offline-docker/repository/"] == true : layer
    assert cached["COPY lib/${layer}/ /app/lib/"] == true : layer
}
assert cached['COPY maven/ /opt/maven/'] == true
assert cached['COPY project/ /workspace/'] == false
assert output(image) == 'Bookkeeper (edited) on ledger-lib 1.0.0'

// 2. ledger-lib 1.0.1 is deployed and the POM bumped: third-party releases stay cached, the rest is copied.
def library = new File(basedir, 'setup/ledger-lib')
def libraryPom = new File(library, 'pom.xml')
libraryPom.text = libraryPom.text.replace('<version>1.0.0</version>', '<version>1.0.1</version>')
PrivateDeployment.deploy(library, new File(basedir, 'target/setup-repository'), repoId, repoUrl, repoUsername,
        repoPassword, new File(basedir, 'setup-ledger-lib-1.0.1.log'))
def pom = new File(basedir, 'pom.xml')
pom.text = pom.text.replace('<artifactId>ledger-lib</artifactId>\n      <version>1.0.0</version>',
        '<artifactId>ledger-lib</artifactId>\n      <version>1.0.1</version>')
cached = stepsFromCache(build('private-bump'))
assert cached['COPY repository/releases/ /var/cache/offline-docker/repository/'] == true
assert cached['COPY repository/private/ /var/cache/offline-docker/repository/'] == false
assert cached['COPY lib/releases/ /app/lib/'] == true
assert cached['COPY lib/private/ /app/lib/'] == false
assert output(image) == 'Bookkeeper (edited) on ledger-lib 1.0.1'
return true
