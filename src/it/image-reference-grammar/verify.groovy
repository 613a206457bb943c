// The plugin checks image names before anything reaches the engine (ImageReferences). Its copy of the grammar is
// pinned here against Docker's own parser, the docker CLI's: a name the plugin takes as a tag, Docker tags an image
// with; a reference the plugin takes as an image (a base image, perhaps by digest), Docker parses. Each case
// disagreeing is listed.
import io.github.offlinedocker.ConfigurationException
import io.github.offlinedocker.image.ImageReferences

def base = runtimeImage
def digest = 'sha256:' + 'a' * 64
def candidates = ['my-app:1.0', 'app', 'a__b', 'a--b', 'a-b.c_d', 'a/b/c/d:e', 'localhost/app', 'localhost:5000/app:1',
        'registry.example.com:5000/team/app:1.0', 'Registry.Example.com/app', '127.0.0.1:15000/a/b:build-0123',
        'a:x_y.z-W', 'a:' + 'x' * 128,
        'Not_A:Valid:Tag', 'UPPER:1', 'a..b', 'a___b', 'a:', 'a:-x', 'a:' + 'x' * 129, 'host:port/x', '[::1]:5000/app:1',
        'a b', '/app', 'app/', "debian@${digest}", "debian:12@${digest}", 'debian@sha256:abc']

def cli = { List<String> command ->
    def process = command.execute()
    def out = new StringBuilder(), err = new StringBuilder()
    process.waitForProcessOutput(out, err)
    [process.exitValue(), err.toString()]
}
def plugin = { Closure check, String value ->
    try { check(value); true } catch (ConfigurationException refused) { false }
}
def disagreements = []
candidates.each { candidate ->
    def (tagExit, tagError) = cli(['docker', 'tag', base, candidate])
    if (tagExit == 0) {
        cli(['docker', 'rmi', candidate])
    }
    def dockerTags = tagExit == 0
    // Docker tags with no digest reference; one with a digest, the CLI's pull parses before it asks the daemon
    // (for a digest no registry has).
    def dockerParses = candidate.contains('@')
            ? !cli(['docker', 'pull', '--quiet', candidate])[1].contains('invalid reference format')
            : dockerTags
    if (plugin({ ImageReferences.checkTag('tags', it) }, candidate) != dockerTags) {
        disagreements << "tag ${candidate}: Docker ${dockerTags ? 'tags with it' : 'refuses it: ' + tagError.trim()}"
    }
    if (plugin({ ImageReferences.checkImage('runtimeImage', it) }, candidate) != dockerParses) {
        disagreements << "image ${candidate}: Docker ${dockerParses ? 'parses it' : 'refuses it'}"
    }
}
assert disagreements.isEmpty() : disagreements.join('\n')
return true
