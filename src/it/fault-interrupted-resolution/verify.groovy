// The run after the interrupted one resolves and replaces the previous repository as a whole.
import io.github.offlinedocker.it.BuildLogs

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
BuildLogs.assertNoStackTrace(log)

def repository = new File(basedir, 'target/offline-repo')
def jar = new File(repository, 'io/github/offlinedocker/examples/math-utils/1.0.0/math-utils-1.0.0.jar')
assert jar.length() > 0
assert new java.util.zip.ZipFile(jar).getEntry('META-INF/MANIFEST.MF') != null
assert !new File(repository, 'com/example/previous').exists()
assert !new File(basedir, 'target/offline-repo.partial').exists()
assert !new File(basedir, 'target/offline-repo.previous').exists()
return true
