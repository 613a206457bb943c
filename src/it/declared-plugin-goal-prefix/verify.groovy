// 'mvn offline-docker:build' on an ordinary project: JUnit 4 tests ran offline, and the image runs.
def log = new File(basedir, 'build.log').text
assert log.contains('Running com.example.hello.HelloTest')
assert log =~ /Tests run: 1, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: .* in com.example.hello.HelloTest/
assert log.contains('Successfully tagged hello:2.1.0')
assert log.contains('Successfully tagged hello:latest')

def run = ['docker', 'run', '--rm', '--network', 'none', 'hello:2.1.0', 'grace'].execute()
def out = new StringBuilder(), err = new StringBuilder()
run.waitForProcessOutput(out, err)
assert run.exitValue() == 0 : err
assert out.toString().trim() == 'Hello, Grace, from an offline build'
return true
