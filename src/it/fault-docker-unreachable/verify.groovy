// Each unreachable engine gives one message naming the address and the fix.
import static io.github.offlinedocker.it.BuildLogs.assertNoStackTrace
def log = new File(basedir, 'build.log').text
assert log =~ /No Docker engine answers at tcp:\/\/127\.0\.0\.1:1 \(.*\)\. Start the engine, or point DOCKER_HOST or <dockerHost> \(-Doffline-docker\.dockerHost\) at one that runs\./
assert log =~ /No Docker engine answers at unix:\/\/\/nonexistent\/docker\.sock \(.*\)\. Start the engine/
// The offline repository was prepared before Docker was asked: nothing is lost.
assert new File(basedir, 'target/offline-repo').isDirectory()
assertNoStackTrace(log)
return true
