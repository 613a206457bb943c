// The image built offline from a private dependency really runs, and no credential reached Docker.
import static io.github.offlinedocker.it.ImageChecks.answer
import static io.github.offlinedocker.it.ImageChecks.contains
import static io.github.offlinedocker.it.ImageChecks.dockerCli
import static io.github.offlinedocker.it.ImageChecks.label
import static io.github.offlinedocker.it.ImageChecks.serverUserId
import static io.github.offlinedocker.it.ImageChecks.userId
import static io.github.offlinedocker.it.ImageChecks.savedImageContains

def log = new File(basedir, 'build.log').text
def images = ['offline-docker-it/adder:1.0.0', 'offline-docker-it/adder-record:1.0.0', 'offline-docker-it/adder-jlink:1.0.0']

// Every builder stage ran the tests offline, and saw only loopback; the second closure was recorded.
assert log.findAll('BUILDER-NETWORK-INTERFACES \\[lo\\]').size() == 3
assert log.findAll(/Tests run: \d+, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: .* in io.github.offlinedocker.examples.adder.AdderServerTest/).size() >= 3
assert log.contains("Recording what 'mvn package' resolves")

// The offline repository is clean, and held what the builder needed: the private artifact and our own plugin.
def repo = new File(basedir, 'target/offline-repo')
assert new File(repo, 'io/github/offlinedocker/examples/math-utils/1.0.0/math-utils-1.0.0.jar').isFile()
def leftovers = []
repo.eachFileRecurse { f -> if (f.name =~ /(_remote\.repositories|\.lastUpdated|resolver-status\.properties|\.part|\.lock)$/) leftovers << f }
assert leftovers.isEmpty()

// The containers answer, as the non-root default user, and the images carry the OCI labels.
images.each { image ->
    assert answer(image, 8080, '/add/5/10') == 'The sum of 5 and 10 is 15' : image
    // The linked one's base has no 'id' to ask.
    assert (image.endsWith('-jlink:1.0.0') ? serverUserId(image) : userId(image)) == '65532' : image
    assert label(image, 'org.opencontainers.image.version') == '1.0.0' : image
    assert label(image, 'org.opencontainers.image.title') == 'adder-private-dependency' : image
    assert label(image, 'org.opencontainers.image.created') ==~ /\d{4}-\d\d-\d\dT.*Z/ : image
}

// The third runs on the Java runtime linked for it, of the modules jdeps found, on a base with no Java and no
// shell, which no RUN could use; the builder started it first.
def jlinked = 'offline-docker-it/adder-jlink:1.0.0'
assert log =~ /offline-docker: linked a Java runtime of the modules java\.base\S*/
assert log.contains('offline-docker: the application ran 10 s on the linked Java runtime')
assert dockerCli('run', '--rm', '--network', 'none', '--entrypoint', '/opt/java/bin/java', jlinked, '--list-modules')
        .readLines()*.replaceAll('@.*', '').toSet() == ['java.base', 'jdk.httpserver'] as Set
def noShell = { String executable ->
    try {
        dockerCli('run', '--rm', '--network', 'none', '--entrypoint', executable, jlinked, '-version')
        return false
    } catch (AssertionError e) {
        return e.message =~ /no such file or directory|executable file not found/
    }
}
assert noShell('/bin/sh') && noShell('java')
assert dockerCli('image', 'inspect', '--format', '{{json .Config.Entrypoint}}', jlinked).startsWith('["/opt/java/bin/java"')

// The password is nowhere: not in the context sent to the engine, not in the images.
def secret = repoPassword.getBytes('UTF-8')
def contextTar = new File(basedir, 'target/offline-docker.tar')
assert contextTar.isFile()
contextTar.withInputStream { assert !contains(it, secret) }
new File(basedir, 'target/offline-docker').eachFileRecurse { f ->
    if (f.isFile()) f.withInputStream { assert !contains(it, secret) : "${f} holds the password" }
}
images.each { image -> assert !savedImageContains(image, secret) : "${image} holds the password" }
return true
