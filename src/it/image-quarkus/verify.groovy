// A Quarkus REST application built offline runs from its fast-jar, as the non-root default user: the
// libraries and the launcher in layers before the classes Quarkus generated and the application's own.
import static io.github.offlinedocker.it.BuildLogs.assertNoStackTrace
import static io.github.offlinedocker.it.ImageChecks.answer
import static io.github.offlinedocker.it.ImageChecks.dockerCli
import static io.github.offlinedocker.it.ImageChecks.userId

def log = new File(basedir, 'build.log').text
assertNoStackTrace(log)
// The plan names Quarkus's goals as what it cannot see, and one run with tests skipped records them.
assert log =~ /The plan cannot see what io\.quarkus:quarkus-maven-plugin:3\.33\.2:build@default of greeting-quarkus resolves while it runs: it /
assert log.contains("Recording what 'mvn package -DskipTests' resolves, in a run of its own")
assert log =~ /The recording added \d+ artifacts the plan had not, e\.g\. .*io\.quarkus/
def image = 'offline-docker-it/image-quarkus:1'
def copies = ['lib/boot/', 'lib/main/', 'quarkus-run.jar', 'quarkus/', 'app/'].collect {
    "COPY --from=builder --chown=0:0 /workspace/target/quarkus-app/${it} /app/${it}"
}
def positions = copies.collect { log.indexOf(it) }
assert positions.every { it >= 0 } : copies
assert positions == positions.sort(false)
assert log.contains('ENTRYPOINT ["java", "-Djava.util.logging.manager=org.jboss.logmanager.LogManager", "-jar", "/app/quarkus-run.jar"]')

assert answer(image, 8080, '/hello/Ada') == 'Hello, Ada, from Quarkus'
assert userId(image) == '65532'
// The application's own classes are the newest layer with files, and small; the runtime libraries are not.
def layerBytes = dockerCli('history', '--human=false', '--format', '{{.Size}}', image).split('\n')*.toLong()
assert layerBytes.find { it > 0 } < 100_000 : "the newest layer with files, the application's: ${layerBytes}"
assert layerBytes.any { it > 5_000_000 } : "no library layer in ${layerBytes}"
return true
