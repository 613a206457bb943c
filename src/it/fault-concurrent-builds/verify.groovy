// Both builds succeed; the second waited for the first, naming its pid; the image runs; and what they wrote
// together is one whole closure, which the IT's own run finds up to date.
import io.github.offlinedocker.it.BuildLogs
import io.github.offlinedocker.it.ImageChecks

def firstPid = new File(basedir, 'first.pid').text
def first = new File(basedir, 'first.log').text
def second = new File(basedir, 'second.log').text
[first, second].each {
    assert it.contains('BUILD SUCCESS')
    BuildLogs.assertNoStackTrace(it)
}
assert !first.contains('Waiting for the other run')
assert second =~ /Waiting for the other run on this project to finish: pid ${firstPid}, goal 'build', since \S+ holds \S+\/target\/offline-docker\.running/

assert ImageChecks.output('offline-docker-it/fault-concurrent-builds:1').trim() == '2 + 3 = 5'

def log = new File(basedir, 'build.log').text
assert log =~ /Offline repository \S+ is up to date/
return true
