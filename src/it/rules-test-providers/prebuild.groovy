// The newest surefire release Central serves, as Maven's own version-range resolution finds it, becomes the POM's
// default surefire version: a release that changes its providers then breaks this test, not a user's build.
def output = new File(basedir, 'newest/versions.txt')
def command = ['mvn', '-B', '-q', '-f', new File(basedir, 'newest/pom.xml').path,
               "-Dmaven.repo.local=${localRepositoryPath}", '-Dstyle.color=never',
               'org.apache.maven.plugins:maven-dependency-plugin:3.9.0:list', "-DoutputFile=${output}",
               '-DexcludeTransitive=true']
def process = command.execute(null, basedir)
process.consumeProcessOutput(System.out, System.err)
assert process.waitFor() == 0: "Could not ask Maven for the newest surefire release: ${command.join(' ')}"
def matcher = output.text =~ /org\.apache\.maven\.surefire:surefire-api:jar:(\S+):compile/
assert matcher.find(): "No surefire-api version in ${output}: ${output.text}"
def newest = matcher.group(1)
println "Newest surefire release: ${newest}"
new File(basedir, 'newest-surefire.txt').text = newest
def pom = new File(basedir, 'pom.xml')
pom.text = pom.text.replace('NEWEST_SUREFIRE_RELEASE', newest)
return true
