// The range resolved offline in the builder stage, and to the same version as on the host: the newest in range.
def log = new File(basedir, 'build.log').text
assert log =~ /\[INFO\] \[INFO\] Tests run: 1, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: .* in com.example.initials.InitialsTest/
assert log.contains('Successfully tagged offline-docker-it/closure-version-range:1')

def run = ['docker', 'run', '--rm', '--network', 'none', 'offline-docker-it/closure-version-range:1', 'alan', 'turing'].execute()
def out = new StringBuilder(), err = new StringBuilder()
run.waitForProcessOutput(out, err)
assert run.exitValue() == 0 : err
assert out.toString().trim() == 'AT (commons-lang3 3.14.0)'
return true
