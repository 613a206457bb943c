// Refused before anything was resolved or written, with the URL masked and the fix; the password is nowhere.
import static io.github.offlinedocker.it.BuildLogs.assertNoStackTrace
def log = new File(basedir, 'build.log').text
def masked = repoUrl.replace('://', "://${repoUsername}:****@")
assert log.contains("Repository 'leaky-repo' has credentials in its URL ${masked}. Remove them from the URL and put them in a settings.xml <server> with <id>leaky-repo</id>")
assert !log.contains(repoPassword)
assert !new File(basedir, 'target/offline-repo').exists()
assert !new File(basedir, 'target/offline-docker').exists()
assertNoStackTrace(log)
return true
