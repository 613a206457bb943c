// protoc came into the offline repository for the builder's platform, not the host's classifier, with no
// recording run; the builder generated the code offline, ran the test, and the image runs.
import static io.github.offlinedocker.it.ImageChecks.output

def log = new File(basedir, 'build.log').text
assert !log.contains('The plan cannot see what')
assert !log.contains("Recording what 'mvn ")
def protoc = new File(basedir, 'target/offline-repo/com/google/protobuf/protoc/3.25.5')
assert new File(protoc, 'protoc-3.25.5-linux-x86_64.exe').isFile()
assert !protoc.list().any { it.contains('osx') } : protoc.list()
// The builder's command line repeats no os.detected property.
def builderCommand = log.readLines().find { it.contains('"-Doffline-docker.skip=true"') }
assert builderCommand != null && !builderCommand.contains('os.detected') : builderCommand
assert log =~ /\[INFO\] \[INFO\] Tests run: 1, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: .* in com.example.greet.GreetTest/
assert output('offline-docker-it/builder-platform-protoc:1', 'Ada') == 'Hello Ada x3 (7 bytes)'
return true
