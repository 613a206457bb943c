// A Spring Boot application built offline: parent and BOM, starter-test's JUnit platform, the repackaged jar.
def log = new File(basedir, 'build.log').text
assert log =~ /\[INFO\] \[INFO\] Tests run: 1, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: .* in com.example.greeter.GreeterApplicationTest/
assert log.contains('[INFO] [INFO] Replacing main artifact /workspace/target/greeter-1.0.0.jar with repackaged archive')
assert log.contains('Successfully tagged offline-docker-it/closure-spring-boot:1')

def run = ['docker', 'run', '--rm', '--network', 'none', 'offline-docker-it/closure-spring-boot:1', 'Ada'].execute()
def out = new StringBuilder(), err = new StringBuilder()
run.waitForProcessOutput(out, err)
assert run.exitValue() == 0 : err
assert out.toString().trim() == 'Hello, Ada, from Spring Boot'
return true
