// Every invocation proved its closure offline, and the rules claimed every line, the newest release's included.
def newest = new File(basedir, 'newest-surefire.txt').text.trim()
def log = new File(basedir, 'build.log').text
def runs = log.split(/\u001B\[0m(?=\[INFO\] Scanning for projects)/).findAll { it.contains('Scanning for projects') }
assert runs.size() == 16: "expected 16 invocations, found ${runs.size()}"
def lines = ['2.12.4'] * 3 + ['2.22.2'] * 3 + ['3.0.0'] * 3 + ['3.5.4'] * 3 + ['3.6.0'] + [newest] * 3
runs.eachWithIndex { run, i ->
    def line = lines[i]
    assert !run.contains('leaves out what org.apache.maven.plugins:maven-surefire-plugin'):
        "surefire ${line}: the test-provider rules do not claim it. Prove resolve.TestProviders against it and claim its line."
    assert run.contains("Verified: 'mvn -o"): "surefire ${line}, invocation ${i + 1}: the offline test run failed"
}
return true
