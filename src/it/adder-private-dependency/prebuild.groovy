// Brings in the example's sources, and removes math-utils from the shared IT repository so that this build
// must fetch it from the private repository with the credentials of settings.xml.
import java.nio.file.*

def example = Paths.get(projectRoot, 'examples', 'adder', 'src')
Files.walk(example).filter { Files.isRegularFile(it) }.forEach { file ->
    def target = basedir.toPath().resolve('src').resolve(example.relativize(file).toString())
    Files.createDirectories(target.parent)
    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING)
}
new File(localRepositoryPath, 'io/github/offlinedocker/examples/math-utils').deleteDir()
return true
