// The javadoc jar was built both in the host's recording run (strategy auto records javadoc's goal, which the
// plan cannot see into) and in the offline builder, without reaching the unreachable link: the recording run
// showed the plugins Maven's offline mode, as the builder's 'mvn -o' does.
import static io.github.offlinedocker.it.ImageChecks.output
import static io.github.offlinedocker.it.BuildLogs.assertStrategy

def log = new File(basedir, 'build.log').text
assertStrategy(log, strategy)
// Maven 3.9 and 4 name the plugin by its prefix.
assert log =~ /--- (maven-)?javadoc(-plugin)?:3\.12\.0:jar \(attach-javadocs\) @ greeting ---/
assert !log.contains('Error fetching URL')
if (strategy == 'auto') {
    assert log.contains('[record] [INFO] Building jar: ') && log.contains('greeting-1.0.0-javadoc.jar')
}
assert log =~ /\[INFO\] \[INFO\] Building jar: \/workspace\/target\/greeting-1\.0\.0-javadoc\.jar/
assert log.contains('Successfully tagged offline-docker-it/closure-offline-links:1')

assert output('offline-docker-it/closure-offline-links:1', 'Ada') == 'Hello, Ada'
return true
