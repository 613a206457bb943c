// The processors of annotationProcessorPaths ran in the offline builder stage: the tests use the generated
// mapper and the Lombok accessors, and the image prints Lombok's toString of a mapped object.
import static io.github.offlinedocker.it.ImageChecks.output
import static io.github.offlinedocker.it.BuildLogs.assertStrategy

def log = new File(basedir, 'build.log').text
assertStrategy(log, strategy)
assert log =~ /\[INFO\] \[INFO\] Tests run: 2, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: .* in com.example.orders.OrderMapperTest/
assert log.contains('Successfully tagged offline-docker-it/closure-annotation-processors:1')

assert output('offline-docker-it/closure-annotation-processors:1') == 'OrderSummary(reference=A-17, customer=Ada, quantity=3, totalCents=750)'
return true
