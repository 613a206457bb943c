// The user's Dockerfile was used as written: its plain 'mvn package' ran offline on the plugin's context and
// the image runs as the user it names.
import static io.github.offlinedocker.it.ImageChecks.output
import static io.github.offlinedocker.it.ImageChecks.userId

def log = new File(basedir, 'build.log').text
assert log.contains('RUN ["/opt/maven/bin/mvn", "-B", "package"]')
assert log =~ /\[INFO\] \[INFO\] Building jar: \/workspace\/target\/tally-1.0.0.jar/
assert new File(basedir, 'target/offline-docker/Dockerfile').text == new File(basedir, 'src/main/docker/Dockerfile').text

def image = 'offline-docker-it/image-own-dockerfile:1'
assert output(image, '40', '2') == 'tally 42'
assert userId(image) == '1000'
return true
