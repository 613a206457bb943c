// 'mvn offline-docker:build' on an ordinary project: JUnit 4 tests ran offline, and the image runs.
import static io.github.offlinedocker.it.ImageChecks.output
import static io.github.offlinedocker.it.BuildLogs.assertStrategy

def log = new File(basedir, 'build.log').text
assertStrategy(log, strategy)
assert log.contains('Running com.example.hello.HelloTest')
assert log =~ /Tests run: 1, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: .* in com.example.hello.HelloTest/
assert log.contains('Successfully tagged hello:2.1.0')
assert log.contains('Successfully tagged hello:latest')

assert output('hello:2.1.0', 'grace') == 'Hello, Grace, from an offline build'
return true
