// The image built offline from a private dependency really runs, and no credential reached Docker.
import java.nio.file.*

def log = new File(basedir, 'build.log').text
def images = ['offline-docker-it/adder:1.0.0', 'offline-docker-it/adder-record:1.0.0']

def run(List<String> command) {
    def process = command.execute()
    def out = new StringBuilder(), err = new StringBuilder()
    process.waitForProcessOutput(out, err)
    assert process.exitValue() == 0 : "${command} failed: ${err}"
    return out.toString().trim()
}

/** Whether needle occurs in the stream, read in chunks so an image of any size fits. */
boolean contains(InputStream input, byte[] needle) {
    def buffer = new byte[1 << 20]
    def carry = new byte[0]
    int read
    while ((read = input.read(buffer)) > 0) {
        def window = new byte[carry.length + read]
        System.arraycopy(carry, 0, window, 0, carry.length)
        System.arraycopy(buffer, 0, window, carry.length, read)
        if (indexOf(window, needle) >= 0) return true
        int keep = Math.min(needle.length - 1, window.length)
        carry = Arrays.copyOfRange(window, window.length - keep, window.length)
    }
    return false
}

int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
        for (int j = 0; j < needle.length; j++) {
            if (haystack[i + j] != needle[j]) continue outer
        }
        return i
    }
    return -1
}

// Both builder stages ran the tests offline, and saw only loopback; the second closure was recorded.
assert log.findAll('BUILDER-NETWORK-INTERFACES \\[lo\\]').size() == 2
assert log.findAll(/Tests run: \d+, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: .* in io.github.offlinedocker.examples.adder.AdderServerTest/).size() >= 3
assert log.contains("Recording what 'mvn package' resolves")

// The offline repository is clean, and held what the builder needed: the private artifact and our own plugin.
def repo = new File(basedir, 'target/offline-repo')
assert new File(repo, 'io/github/offlinedocker/examples/math-utils/1.0.0/math-utils-1.0.0.jar').isFile()
def leftovers = []
repo.eachFileRecurse { f -> if (f.name =~ /(_remote\.repositories|\.lastUpdated|resolver-status\.properties|\.part|\.lock)$/) leftovers << f }
assert leftovers.isEmpty()

// The containers answer.
images.each { image ->
    def name = 'offline-docker-it-adder-' + System.nanoTime()
    run(['docker', 'run', '-d', '--name', name, '-p', '127.0.0.1::8080', image])
    try {
        def port = run(['docker', 'port', name, '8080/tcp']).readLines()[0].tokenize(':').last()
        def answer = null
        for (int i = 0; i < 60 && answer == null; i++) {
            try {
                answer = new URL("http://127.0.0.1:${port}/add/5/10").text
            } catch (IOException e) {
                Thread.sleep(500)
            }
        }
        assert answer == 'The sum of 5 and 10 is 15' : "${image} answered ${answer}"
    } finally {
        run(['docker', 'rm', '-f', name])
    }
}

// The password is nowhere: not in the context sent to the engine, not in the image.
def secret = repoPassword.getBytes('UTF-8')
def contextTar = new File(basedir, 'target/offline-docker.tar')
assert contextTar.isFile()
contextTar.withInputStream { assert !contains(it, secret) }
new File(basedir, 'target/offline-docker').eachFileRecurse { f ->
    if (f.isFile()) f.withInputStream { assert !contains(it, secret) : "${f} holds the password" }
}
images.each { image ->
    def save = ['docker', 'save', image].execute()
    save.consumeProcessErrorStream(new StringBuilder())
    assert !contains(save.inputStream, secret) : "${image} holds the password"
    assert save.waitFor() == 0
}
return true
