// The builder had what the build needs outside src/ (its test read the fixture, its jar holds the resource filtered
// with the filter and the properties file a plugin's configuration names, and the LICENSE its resource names) and nothing of the project directory taken whole for the
// resource with a pattern, which the log says.
import static io.github.offlinedocker.it.BuildLogs.assertNoStackTrace
import static io.github.offlinedocker.it.ImageChecks.output

def log = new File(basedir, 'build.log').text
assertNoStackTrace(log)
assert log.contains("The build context leaves out '.', a folder of com.example:includes:jar:1.0.0 that holds a project's directory")
// The builder's surefire ran the fixture's test, offline.
assert log =~ /Tests run: 1, Failures: 0, Errors: 0, Skipped: 0/

def entries = ['tar', '-tf', new File(basedir, 'target/offline-docker/project.tar').path].execute().text.readLines()
assert log.contains('The build context carries what plugin configurations name outside src/: build/release.properties')
assert entries.containsAll(['config/app.properties', 'filters/prod.properties', 'fixtures/expected.txt', 'pom.xml',
                            'build/release.properties'])
assert entries.contains('LICENSE')
assert !entries.any { it == 'NOTES.md' || it.startsWith('target/') || it == 'invoker.properties' || it == 'build.log' }

assert output('offline-docker-it/image-context-includes:1') == 'hello from the filter|offline edition|license true|notes false'
return true
