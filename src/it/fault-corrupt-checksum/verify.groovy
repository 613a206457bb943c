// The mismatch fails the build, naming the artifact and the repository; the previous offline repository is
// untouched and nothing was built.
import io.github.offlinedocker.it.BuildLogs
import io.github.offlinedocker.it.PreviousRepository

def log = new File(basedir, 'build.log').text
assert log =~ /The checksum of com\.acme\.tampered:tampered-lib:jar:1\.0\.0 from repository '\Q${repoId}\E' \(\Q${repoUrl}\E\) does not match the file/
assert log.contains('it is corrupt or was tampered with, and nothing of it was used')
assert !log.contains('Building image')
BuildLogs.assertNoStackTrace(log)
PreviousRepository.assertUnchanged(new File(basedir, 'target/offline-repo'))
return true
