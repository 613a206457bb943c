// check-buildplan ran offline in the builder (it needs every plugin up to 'deploy'), the phaseless failsafe
// execution did not break the plan, and the image runs.
import static io.github.offlinedocker.it.ImageChecks.output
import static io.github.offlinedocker.it.BuildLogs.assertStrategy
import static io.github.offlinedocker.it.ImageChecks.label

def log = new File(basedir, 'build.log').text
assertStrategy(log, strategy)
assert log =~ /\[INFO\] \[INFO\] --- maven-artifact-plugin:3\.5\.1:check-buildplan .* @ balance ---/
assert log.contains('Successfully tagged offline-docker-it/closure-phaseless-executions:1')
assert output('offline-docker-it/closure-phaseless-executions:1') == 'balance checked'
// The image's creation time is the project's reproducible-build timestamp.
assert label('offline-docker-it/closure-phaseless-executions:1', 'org.opencontainers.image.created') == '2024-01-02T03:04:05Z'
return true
