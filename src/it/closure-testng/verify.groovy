// TestNG tests ran in the offline builder stage (surefire's TestNG provider was in the offline repository),
// and the image runs.
import static io.github.offlinedocker.it.ImageChecks.output
import static io.github.offlinedocker.it.BuildLogs.assertStrategy

def log = new File(basedir, 'build.log').text
assertStrategy(log, strategy)
assert log.contains('[INFO] [INFO] Running com.example.roman.RomanTest')
assert log =~ /\[INFO\] \[INFO\] Tests run: 5, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: .* in com.example.roman.RomanTest/
assert log.contains('Successfully tagged offline-docker-it/closure-testng:1')

assert output('offline-docker-it/closure-testng:1', '1987') == '1987 is MCMLXXXVII'
return true
