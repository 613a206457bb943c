// This IT's folder on the tiny filesystem starts empty but for a previous, good offline repository.
import io.github.offlinedocker.it.PreviousRepository

def folder = new File(tinyFs, 'fault-disk-full')
folder.deleteDir()
PreviousRepository.plant(new File(folder, 'offline-repo'))
return true
