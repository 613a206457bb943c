// A Spring Boot web application built offline: parent and BOM, starter-test's JUnit platform, the repackaged jar.
import static io.github.offlinedocker.it.ImageChecks.answer
import static io.github.offlinedocker.it.BuildLogs.assertStrategy
import static io.github.offlinedocker.it.ImageChecks.userId

def log = new File(basedir, 'build.log').text
assertStrategy(log, strategy)
assert log =~ /\[INFO\] \[INFO\] Tests run: 1, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: .* in com.example.greeter.GreeterApplicationTest/
assert log.contains('[INFO] [INFO] Replacing main artifact /workspace/target/greeter-1.0.0.jar with repackaged archive')
assert log.contains('Successfully tagged offline-docker-it/closure-spring-boot:1')

// The fat jar runs as built, as the non-root default user, and its embedded Tomcat answers on the exposed port.
assert answer('offline-docker-it/closure-spring-boot:1', 8080, '/greet/Ada') == 'Hello, Ada, from Spring Boot'
assert userId('offline-docker-it/closure-spring-boot:1') == '65532'
return true
