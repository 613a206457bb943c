// A war built offline runs on the servlet container of the runtime image, as the non-root default user: its
// libraries, the private math-utils among them and the provided servlet API not, in a layer of their own before
// its classes; the JVM flags reach the container's JVM.
import static io.github.offlinedocker.it.BuildLogs.assertNoStackTrace
import static io.github.offlinedocker.it.ImageChecks.answer
import static io.github.offlinedocker.it.ImageChecks.dockerCli
import static io.github.offlinedocker.it.ImageChecks.userId

def log = new File(basedir, 'build.log').text
assertNoStackTrace(log)
def image = 'offline-docker-it/image-war:exploded'
def webapp = '/usr/local/tomcat/webapps/ROOT'

// 1. Exploded: WEB-INF/lib moved aside in the builder, then copied before the rest of the application.
assert log.contains('RUN ["sh", "-c", "mkdir -p \\"$1/WEB-INF/lib\\" \\"$2\\" && mv \\"$1/WEB-INF/lib\\" \\"$2/\\"", "sh",'
        + ' "target/adder-web-1.0.0", "target/offline-docker-layers"]')
assert log.contains("COPY --from=builder --chown=0:0 /workspace/target/offline-docker-layers/lib/ ${webapp}/WEB-INF/lib/")
assert log.contains("COPY --from=builder --chown=0:0 /workspace/target/adder-web-1.0.0/ ${webapp}/")
assert log.contains('ENV JAVA_TOOL_OPTIONS="-Dadder.note=on-tomcat"')
assert !log.contains('ENTRYPOINT')
assert answer(image, 8080, '/add?a=2&b=3') == '5 on-tomcat'
assert userId(image) == '65532'
def libraries = dockerCli('run', '--rm', '--network', 'none', '--entrypoint', 'ls', image, "${webapp}/WEB-INF/lib")
assert libraries.split('\n') as List == ['math-utils-1.0.0.jar']
// The application's classes are the newest layer with files; the bill of materials and its libraries before.
def history = dockerCli('history', '--no-trunc', '--format', '{{.CreatedBy}}', image).split('\n')
def copies = history.findAll { it.contains('COPY') }
assert copies[0].contains("${webapp}/ ") || copies[0].endsWith("${webapp}/")
assert copies[1].contains('/usr/share/sbom/application.cdx.json')
assert copies[2].contains("${webapp}/WEB-INF/lib/")

// 2. A .war file: copied whole, no builder step; Tomcat, which may not unpack it beside itself as the non-root
// user, runs it from the archive at /war-file/.
def warFile = 'offline-docker-it/image-war:war-file'
assert log.contains('COPY --from=builder --chown=0:0 /workspace/target/adder-web-1.0.0.war /usr/local/tomcat/webapps/war-file.war')
assert answer(warFile, 8080, '/war-file/add?a=2&b=3') == '5 on-tomcat'
assert userId(warFile) == '65532'
return true
