// 'help -Ddetail -Dgoal=build' describes the build goal with each of its parameters, their properties and Javadoc.
import static io.github.offlinedocker.it.BuildLogs.assertNoStackTrace

def log = new File(basedir, 'build.log').text
assertNoStackTrace(log)
assert log.contains('offline-docker:build')
assert !log.contains('offline-docker:resolve') : 'only the goal asked for is described'
['builderImage', 'contextIncludes', 'dockerHost', 'goals', 'skip', 'springBootLayers', 'tags'].each { name ->
    assert log =~ /(?m)^\s+${name}\b/ : "parameter ${name} is not described"
}
assert log.contains('User property: offline-docker.contextIncludes')
assert log.contains('Default: package')
return true
