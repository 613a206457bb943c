// Each failure on metadata gives the message an artifact's would (the server id, its URL, what failed and what it
// was read for, the fix), never Maven's "No versions available" or "No plugin found" alone; a blocked plain-HTTP
// repository names Maven's blocker and both fixes. None leaves a trace in the previous offline repository, and
// nothing is built.
import io.github.offlinedocker.it.BuildLogs
import io.github.offlinedocker.it.PreviousRepository

def log = new File(basedir, 'build.log').text
def port = repoUrl.split('/')[2].split(':')[1]
def faults = "http://127.0.0.1:${port}/faults"
def math = 'io.github.offlinedocker.examples:math-utils'
def range = "the version list of ${math} (maven-metadata.xml, read to resolve ${math}:jar:[1.0,2.0))"
def rejected = 'the <server> with <id>private-repo-wrong-password</id> in settings.xml has credentials the repository' +
        ' rejected. Fix its <username>/<password> (run \'mvn --encrypt-password\' for an encrypted one).'
def wrongPassword = "Repository 'private-repo-wrong-password' (${repoUrl}) answered 401 Unauthorized for"
def blocked = { String subject -> "Repository '${repoId}' (http://repo.example.test/releases/) is on plain HTTP," +
        " which Maven 3.8.1 and later block for every host but localhost (the mirror 'maven-default-http-blocker' of" +
        " Maven's conf/settings.xml), so Maven did not ask for ${subject}. Move the repository to HTTPS and change" +
        " its <url> to https://, or, if you accept plain HTTP for it, add a <mirror> to ~/.m2/settings.xml with" +
        " <id>${repoId}</id>, <mirrorOf>${repoId}</mirrorOf> and <url>http://repo.example.test/releases/</url>: a" +
        " mirror of your own for that id comes before Maven's blocker, and the <server> with <id>${repoId}</id>" +
        " still gives its login." }
def plugins = { String goal -> "the plugins that goals [${goal}] run on com.example:metadata-answers:jar:1.0.0" }

// 1. The range's version list, refused a password.
assert log.contains("${wrongPassword} ${range}: ${rejected}")
// 2. Forbidden.
assert log.contains("Repository '${repoId}' (${faults}/forbidden/) answered 403 Forbidden for ${range}: the <server>" +
        " with <id>${repoId}</id> in settings.xml is not allowed to read it. Have the repository's owner grant that" +
        " user read access, or give the <server> another user's credentials.")
// 3. No repository lists the artifact.
assert log =~ /No version of io\.github\.offlinedocker\.examples:absent-utils:jar:\[1\.0,2\.0\) is in its repositories \('\Q${repoId}\E' \(\Q${repoUrl}\E\), 'central' \([^)]+\)\)\. Change the range in the POM, or add the repository that holds a version in it to <repositories> \(and its credentials to a settings\.xml <server>\)\./
// 4. Blocked as plain HTTP.
assert log.contains(blocked(range))
// 5. Nothing listens: the transport's own words, then the fix.
assert log =~ /Could not download \Q${range}\E from repository '\Q${repoId}\E' \(http:\/\/127\.0\.0\.1:1\/releases\/\): \S.*\. Retry; if it fails again, check the repository's <url> and that this machine reaches it \(a VPN, a firewall, or a <proxy> in settings\.xml\)\./
// 6. RELEASE.
assert log.contains("${wrongPassword} the version list of ${math} (maven-metadata.xml, read to resolve" +
        " ${math}:jar:RELEASE): ${rejected}")
// 7. A SNAPSHOT: its builds and then its POM are refused alike; Maven reports the POM.
assert log =~ /\Q${wrongPassword}\E (\Q${math}\E:(jar|pom):1\.1-SNAPSHOT|the builds of \Q${math}\E:1\.1-SNAPSHOT \(maven-metadata\.xml, read to resolve [^)]+\)): \Q${rejected}\E/
// 8. A plugin's version list, asked again of the plugin repository.
assert log.contains("${wrongPassword} the version list of io.github.offlinedocker.examples:absent-maven-plugin" +
        " (maven-metadata.xml, read to resolve ${plugins('io.github.offlinedocker.examples:absent-maven-plugin:run')}):" +
        " ${rejected}")
// 9. A prefix: the first plugin group's prefixes.
assert log.contains("${wrongPassword} the plugin prefixes of org.apache.maven.plugins (maven-metadata.xml, read to" +
        " resolve ${plugins('absent:run')}): ${rejected}")
// 10. A fixed version from a blocked repository: Maven asks for its POM first.
assert log.contains(blocked("${math}:pom:1.0.0")) || log.contains(blocked("${math}:jar:1.0.0"))
// 11. Through a proxy that rejects its login. Maven 4's JDK transport gives up on a refused login without saying
// whether the repository or the proxy refused it, so the message names both.
def proxy = "127.0.0.1:${proxyPort}"
assert log.contains("The proxy ${proxy} answered 407 Proxy Authentication Required for ${range} from repository" +
        " '${repoId}' (${repoUrl}): the <proxy> for ${proxy} in settings.xml has a login the proxy rejected. Fix its" +
        " <username>/<password> (run 'mvn --encrypt-password' for an encrypted one).") ||
        log.contains("Repository '${repoId}' (${repoUrl}), reached through the proxy ${proxy}, refused a login for" +
                " ${range} until Maven gave up")

// Every failure leads with the plugin's message, Maven's own words after it.
def failures = log.findAll(/on project metadata-answers: (.{0,40})/) { all, start -> start }
assert failures.size() == 11
failures.each { assert it.startsWith("Repository '") || it.startsWith('The proxy ') || it.startsWith('No version of ') || it.startsWith('Could not download the version list') : it }
assert !log.contains('Building image')
BuildLogs.assertNoStackTrace(log)
PreviousRepository.assertUnchanged(new File(basedir, 'target/offline-repo'))
return true
