// The parent POM and the plugin came from the private repository only, and the offline builder stage used both.
import static io.github.offlinedocker.it.ImageChecks.output
import static io.github.offlinedocker.it.BuildLogs.assertStrategy

def log = new File(basedir, 'build.log').text
assertStrategy(log, strategy)
// prebuild.groovy took both out of the local repository: the lock naming the private repository as their source
// says they were fetched from it (Maven's "Downloaded from" lines are no evidence: Maven 4 leaves them out in CI).
def lock = new File(basedir, 'target/offline-repo.lock').readLines()
def repo = new File(basedir, 'target/offline-repo')
['com/acme/corp/corp-parent/1.0.0/corp-parent-1.0.0.pom',
 'com/acme/corp/stamp-maven-plugin/1.0.0/stamp-maven-plugin-1.0.0.jar'].each { path ->
    assert lock.any { it.startsWith("${path} sha256:") && it.endsWith(" ${repoId}") } : lock.findAll { it.contains('acme') }
    assert new File(repo, path).isFile() : path
}

// The builder ran the private plugin, with the parent's property, before the tests that read its output.
assert log.contains('[INFO] [INFO] Stamped: Inventory of ACME Corp')
assert log =~ /\[INFO\] \[INFO\] Tests run: 1, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: .* in com.acme.inventory.InventoryTest/
assert log.contains('Successfully tagged offline-docker-it/closure-private-parent-and-plugin:1')

assert output('offline-docker-it/closure-private-parent-and-plugin:1', '42') == 'Inventory of ACME Corp: 42 items'
return true
