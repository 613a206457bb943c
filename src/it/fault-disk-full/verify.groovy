// Each full disk is reported with the system's own error and the path it hit; the previous offline repository
// is as it was, and neither a half repository nor half a context is left to be used by mistake.
import io.github.offlinedocker.it.BuildLogs
import io.github.offlinedocker.it.PreviousRepository

def log = new File(basedir, 'build.log').text
def folder = new File(tinyFs, 'fault-disk-full').path

assert log =~ /Could not write the offline repository \Q${folder}\E\/offline-repo: \S*Exception: \S+ -> \Q${folder}\E\/offline-repo\.partial\/\S+: No space left on device\. The previous one, if any, is unchanged\./
PreviousRepository.assertUnchanged(new File(folder, 'offline-repo'))

assert log =~ /Could not write the build context \Q${folder}\E\/context: \S*Exception: \Q${folder}\E\/context\/\S+: No space left on device\. What was written of it is removed\./
assert !new File(folder, 'context').exists()
assert !new File(folder, 'context.tar').exists()

BuildLogs.assertNoStackTrace(log)
return true
