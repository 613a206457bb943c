// The builder stage built 'storefront' with the reactor dependency 'pricing' from source, offline, and
// nothing of 'reporting': the image runs, the repository holds no reactor module, the context no extra source.
import static io.github.offlinedocker.it.ImageChecks.output
import static io.github.offlinedocker.it.BuildLogs.assertStrategy

import org.apache.commons.compress.archivers.tar.TarArchiveInputStream

def log = new File(basedir, 'build.log').text
def runs = log.split(/\u001B\[0m(?=\[INFO\] Scanning for projects)/).findAll { it.contains('Scanning for projects') }
assert runs.size() == 2
assertStrategy(runs[0], strategy)
assert log.contains('"-Doffline-docker.skip=true", "-pl", "storefront", "-am", "package"]')
assert log =~ /\[INFO\] \[INFO\] Tests run: 1, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: .* in com.example.shop.pricing.BasketTest/
assert !(log =~ /\[INFO\] \[INFO\] Building reporting/)
assert log.contains('Successfully tagged offline-docker-it/closure-multi-module:1')

assert output('offline-docker-it/closure-multi-module:1', '40', '2') == 'Basket total: 42'

def repository = new File(basedir, 'storefront/target/offline-repo')
assert new File(repository, 'io/github/offlinedocker/examples/math-utils/1.0.0/math-utils-1.0.0.jar').isFile()
assert !new File(repository, 'com/example/shop').exists()
assert !new File(repository, 'org/apache/commons/commons-csv').exists()

// The project as the context sends it: one tar, unpacked into the builder's workspace.
def projectFiles = []
new File(basedir, 'storefront/target/offline-docker/project.tar').withInputStream { input ->
    def tar = new TarArchiveInputStream(input)
    for (def entry = tar.nextTarEntry; entry != null; entry = tar.nextTarEntry) {
        projectFiles << entry.name
    }
}
['pom.xml', 'pricing/pom.xml', 'storefront/pom.xml', 'reporting/pom.xml',
 'pricing/src/main/java/com/example/shop/pricing/Basket.java',
 'storefront/src/main/java/com/example/shop/storefront/Storefront.java'].each {
    assert projectFiles.contains(it) : it
}
assert !projectFiles.any { it.startsWith('reporting/src/') || it.startsWith('pricing/target/') } : projectFiles

// 'resolve' at the root: its repository builds the whole reactor offline, 'reporting' and its commons-csv too.
def rootRun = runs[1]
assert rootRun.contains("Verifying that 'mvn -o package' passes against the offline repository alone")
assert rootRun.count("Verified: 'mvn -o package' passes with the offline repository alone") == 1
['pricing', 'storefront', 'reporting'].each {
    assert rootRun.contains("Verified: 'mvn -o -pl ${it} -am package' passes with the offline repository alone")
}
def rootRepository = new File(basedir, 'target/offline-repo')
assert new File(rootRepository, 'io/github/offlinedocker/examples/math-utils/1.0.0/math-utils-1.0.0.jar').isFile()
assert new File(rootRepository, 'org/apache/commons/commons-csv').isDirectory()
assert !new File(rootRepository, 'com/example/shop').exists()
return true
