// math-utils and its version list must come from the faulty repository, not from an earlier IT's download; and a
// previous, good offline repository is planted to show that each failure leaves it as it was.
import io.github.offlinedocker.it.PreviousRepository

new File(localRepositoryPath, 'io/github/offlinedocker/examples/math-utils').deleteDir()
PreviousRepository.plant(new File(basedir, 'target/offline-repo'))
return true
