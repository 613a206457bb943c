// Maven's own check refused the plugin while the plan was made, before Docker, and the message says why the builder
// would refuse it too.
import static io.github.offlinedocker.it.BuildLogs.assertNoStackTrace

def log = new File(basedir, 'build.log').text
assertNoStackTrace(log)
assert log.contains('The plugin io.github.git-commit-id:git-commit-id-maven-plugin:10.0.0 requires Maven version'
        + ' [3.9.0,) (for io.github.git-commit-id:git-commit-id-maven-plugin:10.0.0:revision@default), and the'
        + ' builder stage runs the Maven this build runs')
assert !log.contains('Building image') : 'the build reached Docker'
return true
