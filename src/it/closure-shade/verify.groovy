// The shade plugin ran offline in the builder stage, and the image runs the uber jar on its own.
import static io.github.offlinedocker.it.ImageChecks.output
import static io.github.offlinedocker.it.BuildLogs.assertStrategy

def log = new File(basedir, 'build.log').text
assertStrategy(log, strategy)
assert log =~ /\[INFO\] \[INFO\] Tests run: 2, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: .* in com.example.jsonecho.JsonEchoTest/
assert log.contains('[INFO] [INFO] Including com.google.code.gson:gson:jar:2.10.1 in the shaded jar.')
assert log.contains('Successfully tagged offline-docker-it/closure-shade:1')
// No mainClass anywhere: the image runs the jar alone, so gson must come from inside the uber jar.
assert log.contains('ENTRYPOINT ["java", "-jar", "/app/app.jar"]')

def image = 'offline-docker-it/closure-shade:1'
assert output(image, 'offline', 'build') == '{"count":2,"words":["offline","build"]}'

return true
