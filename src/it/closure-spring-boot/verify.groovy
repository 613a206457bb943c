// A Spring Boot web application built offline: parent and BOM, starter-test's JUnit platform, the repackaged jar.
import static io.github.offlinedocker.it.ImageChecks.answer
import static io.github.offlinedocker.it.BuildLogs.assertStrategy
import static io.github.offlinedocker.it.ImageChecks.dockerCli
import static io.github.offlinedocker.it.ImageChecks.serverUserId
import static io.github.offlinedocker.it.ImageChecks.userId

def log = new File(basedir, 'build.log').text
assertStrategy(log, strategy)
assert log =~ /\[INFO\] \[INFO\] Tests run: 1, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: .* in com.example.greeter.GreeterApplicationTest/
assert log.contains('[INFO] [INFO] Replacing main artifact /workspace/target/greeter-1.0.0.jar with repackaged archive')
assert log.contains('Successfully tagged offline-docker-it/closure-spring-boot:1')

// The fat jar runs as built, as the non-root default user, and its embedded Tomcat answers on the exposed port.
assert answer('offline-docker-it/closure-spring-boot:1', 8080, '/greet/Ada') == 'Hello, Ada, from Spring Boot'
assert userId('offline-docker-it/closure-spring-boot:1') == '65532'

// With <springBootLayers>: the builder extracts the layers, the runtime stage copies them one by one and runs
// Spring Boot's launcher on them; the application's own layer, the last, is small.
def layered = 'offline-docker-it/closure-spring-boot:layered'
assert log.contains('RUN ["java", "-Djarmode=tools", "-jar", "target/greeter-1.0.0.jar", "extract", "--layers", "--launcher", "--destination", "target/offline-docker-layers"]')
assert log.contains('COPY --from=builder --chown=0:0 /workspace/target/offline-docker-layers/dependencies/ /app/')
assert answer(layered, 8080, '/greet/Ada') == 'Hello, Ada, from Spring Boot'
assert userId(layered) == '65532'
def files = dockerCli('run', '--rm', '--network', 'none', '--entrypoint', 'ls', layered, '/app', '/app/BOOT-INF/lib').split('\n')
assert files.contains('BOOT-INF') && !files.contains('app.jar')
assert files.any { it.startsWith('spring-webmvc-') && it.endsWith('.jar') }
// Newest first; LABEL steps add empty layers.
def layerBytes = dockerCli('history', '--human=false', '--format', '{{.Size}}', layered).split('\n')*.toLong()
assert layerBytes.find { it > 0 } < 100_000 : "the newest layer with files, the application's: ${layerBytes}"
assert layerBytes.any { it > 10_000_000 } : "no dependencies layer in ${layerBytes}"
// On a Java runtime linked for it from the extracted layers' libraries, on a base with Debian's C and C++ libraries
// and no shell: it answers, and the image is smaller than the one on the JRE.
def jlinked = 'offline-docker-it/closure-spring-boot:jlink'
assert log =~ /offline-docker: linked a Java runtime of the modules java\.base\S*/
assert answer(jlinked, 8080, '/greet/Ada') == 'Hello, Ada, from Spring Boot'
assert serverUserId(jlinked) == '65532'
def size = { String image -> dockerCli('image', 'inspect', '--format', '{{.Size}}', image).toLong() }
assert size(jlinked) < size(layered)
return true
