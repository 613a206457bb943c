// The failing step, its command and the failing test are in the message; the tag still names what it named;
// the failed step's container is gone.
import static io.github.offlinedocker.it.ImageChecks.dockerCli
import static io.github.offlinedocker.it.ImageChecks.imageId
import static io.github.offlinedocker.it.BuildLogs.assertNoStackTrace

def log = new File(basedir, 'build.log').text
assert log =~ /The image build failed at 'Step \d+\/\d+ : RUN \["\/opt\/maven\/bin\/offline-docker-mvn", "-o", "-B", .*"package"\]': The command .* returned a non-zero code: 1/
assert log.contains('Last lines of its output:')
assert log =~ /answersFortyTwo.*expected: <42> but was: <41>/
assert log.contains('BUILD FAILURE')

assert imageId('offline-docker-it/fault-failing-builder-step:1') == imageId(runtimeImage)
def before = new File(basedir, 'containers-before.txt').text.trim() as int
assert dockerCli('ps', '-aq').readLines().size() == before
assertNoStackTrace(log)
return true
