// A module the application reaches only by reflection, left out of the linked runtime, fails the build in the
// builder stage, naming the class, its module and the fix; named in <jlinkModules>, the image runs. The failed
// build moved no tag.
import static io.github.offlinedocker.it.BuildLogs.assertNoStackTrace
import static io.github.offlinedocker.it.ImageChecks.output

def log = new File(basedir, 'build.log').text
// Each invocation's output starts with Maven's reset of the terminal's colours, then this line.
def builds = log.split(/(?m)^(?:\u001B\[[0-9;]*m)*\[INFO\] Scanning for projects/)
assert builds.size() == 3
def failed = builds[1]
assert failed.contains('offline-docker: linked a Java runtime of the modules java.base')
assert failed.contains('offline-docker: the application, started on the linked Java runtime, did not find'
        + ' java.sql.Connection, a class of the module java.sql: add java.sql to <jlinkModules>.')
assert !failed.contains('Successfully tagged offline-docker-it/jlink-missing-module:1')
// The application's own stack trace is the builder's output; the plugin fails with its message alone.
assert failed =~ /\[ERROR\] Failed to execute goal \S+ \(default-cli\) on project report: The image build failed at 'Step \d+\/\d+ : RUN \["sh", "-c", "java=/

def passed = builds[2]
assertNoStackTrace(passed)
assert passed.contains('offline-docker: linked a Java runtime of the modules java.base,java.sql')
assert passed.contains('offline-docker: the application ended within 30 s on the linked Java runtime, missing no class of the JDK')
assert output('offline-docker-it/jlink-missing-module:1') == 'report uses java.sql.Connection'
return true
