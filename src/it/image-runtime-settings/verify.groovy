// The runtime settings and the extra directory reach the image as written, and <builderJvmFlags> reach the
// builder's Maven.
import static io.github.offlinedocker.it.ImageChecks.dockerCli
import static io.github.offlinedocker.it.ImageChecks.output
import static io.github.offlinedocker.it.ImageChecks.userId
import static io.github.offlinedocker.it.BuildLogs.assertNoStackTrace

def log = new File(basedir, 'build.log').text
assertNoStackTrace(log)
assert log.contains('ENV MAVEN_OPTS="-XX:TieredStopAtLevel=1 -Xmx300m -XshowSettings:vm"')
// Printed by the builder's JVM as Maven starts: its MAVEN_OPTS held the flags.
assert log.contains('Max. Heap Size: 300.00M')

def image = 'offline-docker-it/image-runtime-settings:1'
// '$USER' as written: unescaped, the Dockerfile would have replaced it with an empty build variable.
// The application read its config/greeting.txt from /app, where <extraDirectory> put it.
assert output(image) == 'say "hi" to $USER|prod|from the extra directory'
assert dockerCli('run', '--rm', '--network', 'none', '--entrypoint', 'cat', image, '/etc/offline-docker-it/note.txt') == 'beside the application'
assert log.contains('COPY --from=builder --chown=0:0 /workspace/src/main/docker-root/ /')
assert userId(image) == '65532'
assert dockerCli('image', 'inspect', '--format', '{{json .Config.ExposedPorts}}', image) == '{"8080/tcp":{}}'
return true
