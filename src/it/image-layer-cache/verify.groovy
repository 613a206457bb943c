// Layer caching on the real engine: after the first build, a source-only change reuses the dependency image and
// every dependency layer, and a private dependency bump re-copies only the layers from the private one on. The
// bill of materials in the image follows the dependencies, and the lock.
import static io.github.offlinedocker.it.ImageChecks.dockerCli
import static io.github.offlinedocker.it.ImageChecks.fileOf
import static io.github.offlinedocker.it.ImageChecks.label
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
def dependencyImages = { dockerCli('image', 'ls', '--format', '{{.Repository}}:{{.Tag}}',
        'offline-docker-dependencies/com-example-bookkeeper').readLines().findAll { it } }

// 1. Source-only change: the dependency image is reused as it is (no dependency is sent to the engine), and the
//    runtime stage's library layers come from the cache; the sources do not.
def source = new File(basedir, 'src/main/java/com/example/bookkeeper/Bookkeeper.java')
source.text = source.text.replace('"bookkeeper on ledger-lib "', '"bookkeeper (edited) on ledger-lib "')
def log = build('source-change')
def dependencyImage = dependencyImages()
assert dependencyImage.size() == 1
assert log.contains("Dependency image ${dependencyImage[0]} is up to date")
def cached = stepsFromCache(log)
assert cached.containsKey("FROM ${dependencyImage[0]} AS builder".toString())
assert !cached.keySet().any { it.startsWith('COPY --chown=65532:65532 repository/') || it.startsWith('COPY maven/') } : cached.keySet()
dependencyLayers.each { layer ->
    assert cached["COPY --from=builder /var/cache/offline-docker/lib/${layer}/ /app/lib/"] == true : layer
}
assert cached['ADD project.tar /workspace/'] == false
// The same dependencies, the same bill, byte for byte: its layer too comes from the cache.
def sbomCopy = 'COPY sbom.cdx.json /usr/share/sbom/application.cdx.json'
assert cached[sbomCopy] == true
assert output(image) == 'Bookkeeper (edited) on ledger-lib 1.0.0'
// The project's context holds the project alone, and the bill.
assert new File(basedir, 'target/offline-docker').list().sort() == ['Dockerfile', 'project.tar', 'sbom.cdx.json']

// 2. ledger-lib 1.0.1 is deployed and the POM bumped: a new dependency image, whose Maven and third-party layers
//    come from the cache while the private and later ones are copied. Of the older dependency images, the two
//    newest stay: the one of 1.0.0 and one of three stale ones, tags of the (older) builder image.
def stale = (1..3).collect { "offline-docker-dependencies/com-example-bookkeeper:stale-${it}".toString() }
stale.each { dockerCli('tag', builderImage, it) }
def library = new File(basedir, 'setup/ledger-lib')
def libraryPom = new File(library, 'pom.xml')
libraryPom.text = libraryPom.text.replace('<version>1.0.0</version>', '<version>1.0.1</version>')
PrivateDeployment.deploy(library, new File(basedir, 'target/setup-repository'), repoId, repoUrl, repoUsername,
        repoPassword, new File(basedir, 'setup-ledger-lib-1.0.1.log'))
def pom = new File(basedir, 'pom.xml')
pom.text = pom.text.replace('<artifactId>ledger-lib</artifactId>\n      <version>1.0.0</version>',
        '<artifactId>ledger-lib</artifactId>\n      <version>1.0.1</version>')
log = build('private-bump')
def bumped = dependencyImages()
def built = (log =~ /Building the dependency image (\S+) from/)[0][1]
assert built != dependencyImage[0]
assert bumped.size() == 3 && bumped.containsAll([built, dependencyImage[0]]) : bumped
def staleLeft = bumped.findAll { it in stale }
assert staleLeft.size() == 1 : bumped
// Removing a stale tag only untagged the builder image.
dockerCli('image', 'inspect', builderImage)
dockerCli('image', 'rm', staleLeft[0])
cached = stepsFromCache(log)
assert cached['COPY maven/ /opt/maven/'] == true
assert cached['COPY --chown=65532:65532 repository/releases/ /var/cache/offline-docker/repository/'] == true
assert cached['COPY lib/releases/ /var/cache/offline-docker/lib/releases/'] == true
assert cached['COPY --chown=65532:65532 repository/private/ /var/cache/offline-docker/repository/'] == false
assert cached['COPY lib/private/ /var/cache/offline-docker/lib/private/'] == false
assert cached['COPY --from=builder /var/cache/offline-docker/lib/releases/ /app/lib/'] == true
assert cached['COPY --from=builder /var/cache/offline-docker/lib/private/ /app/lib/'] == false
assert cached[sbomCopy] == false
assert output(image) == 'Bookkeeper (edited) on ledger-lib 1.0.1'

// 3. The bill of materials the label names: in the image as in target/, valid CycloneDX by CycloneDX's own parser,
//    naming the application and, with the sha256 and repository the lock gives each, the libraries in /app/lib.
def sbomPath = label(image, 'io.github.offlinedocker.sbom')
assert sbomPath == '/usr/share/sbom/application.cdx.json'
def sbom = fileOf(image, sbomPath)
assert sbom == new File(basedir, 'target/offline-docker/sbom.cdx.json').getText('UTF-8')
def parser = new org.cyclonedx.parsers.JsonParser()
def bytes = sbom.getBytes('UTF-8')
assert parser.validate(bytes, org.cyclonedx.Version.VERSION_16).isEmpty()
def bom = parser.parse(bytes)
assert bom.metadata.component.purl == 'pkg:maven/com.example/bookkeeper@1.0.0'
def lock = new File(basedir, 'target/offline-repo.lock').readLines().findAll { !it.startsWith('#') }.collectEntries {
    def (path, sha256, repository) = it.split(' ')
    [(path): [sha256 - 'sha256:', repository]]
}
def repositories = bom.components.collectEntries { component ->
    def file = "${component.name}-${component.version}.jar"
    def path = "${component.group.replace('.', '/')}/${component.name}/${component.version}/${file}"
    assert lock[path] == [component.hashes[0].value, component.properties[0].value] : path
    [(file.toString()): component.properties[0].value]
}
assert repositories.keySet().sort() == dockerCli('run', '--rm', '--network', 'none', '--entrypoint', 'ls', image,
        '/app/lib').readLines().sort()
assert repositories['ledger-lib-1.0.1.jar'] == repoId
return true
