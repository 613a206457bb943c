// The closure follows the profiles the builder activates, not the host's: the builder's 'local' brings
// commons-text, which the application needs to compile and run; the host's 'ci' brings commons-collections4, which
// stays out. The builder ran its tests as a non-root account, its own host name resolving.
import static io.github.offlinedocker.it.BuildLogs.assertNoStackTrace
import static io.github.offlinedocker.it.BuildLogs.assertStrategy
import static io.github.offlinedocker.it.ImageChecks.output

def log = new File(basedir, 'build.log').text
assertNoStackTrace(log)
assert log.contains("activates profiles other than the host's, and the closure follows it: "
        + "com.example:profiles: profile 'ci' (property env.OFFLINE_DOCKER_IT_CI) is active on the host only; "
        + "com.example:profiles: profile 'local' (property !env.OFFLINE_DOCKER_IT_CI) is active in the builder only")
def repository = new File(basedir, 'target/offline-repo')
assert new File(repository, 'org/apache/commons/commons-text/1.12.0/commons-text-1.12.0.jar').isFile()
assert !new File(repository, 'org/apache/commons/commons-collections4').exists()
assert log =~ /Tests run: 2, Failures: 0, Errors: 0, Skipped: 0/
// Under 'record' the host's recording run gets the builder's selection, or commons-text would be missing.
assertStrategy(log, strategy)
assert output('offline-docker-it/closure-builder-profiles:1') == "Built By The Builder's Profiles"
return true
