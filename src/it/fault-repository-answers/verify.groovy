// Each answer gives one message naming the server id, the URL and the artifact, with the fix; none leaves a
// trace in the previous offline repository, and nothing is built.
import io.github.offlinedocker.it.BuildLogs
import io.github.offlinedocker.it.PreviousRepository

def log = new File(basedir, 'build.log').text
def faults = "http://127.0.0.1:${repoUrl.split('/')[2].split(':')[1]}/faults"

assert log.contains("Repository 'private-repo-wrong-password' (${repoUrl}) answered 401 Unauthorized for"
        + " io.github.offlinedocker.examples:math-utils:")
assert log.contains('the <server> with <id>private-repo-wrong-password</id> in settings.xml has credentials the'
        + ' repository rejected')

assert log.contains("Repository '${repoId}' (${faults}/forbidden/) answered 403 Forbidden for"
        + " io.github.offlinedocker.examples:math-utils:")
assert log.contains("the <server> with <id>${repoId}</id> in settings.xml is not allowed to read it")

assert log =~ /Could not resolve io\.github\.offlinedocker\.examples:math-utils:(jar|pom):9\.9\.9: no repository has it \(tried '\Q${repoId}\E' \(\Q${repoUrl}\E\), 'central'/

// The transport's own words follow: Maven 3 "Premature end of Content-Length delimited message body", Maven 4 "closed".
assert log =~ /Could not download io\.github\.offlinedocker\.examples:math-utils:(jar|pom):1\.0\.0 from repository '\Q${repoId}\E' \(\Q${faults}\E\/truncated\/\): \S/

assert !log.contains('Building image')
BuildLogs.assertNoStackTrace(log)
PreviousRepository.assertUnchanged(new File(basedir, 'target/offline-repo'))
return true
