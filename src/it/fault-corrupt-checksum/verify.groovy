// The mismatch fails the build, naming the artifact and the repository; the previous offline repository is
// untouched and nothing was built.
def log = new File(basedir, 'build.log').text
assert log =~ /The checksum of com\.acme\.tampered:tampered-lib:jar:1\.0\.0 from repository '\Q${repoId}\E' \(\Q${repoUrl}\E\) does not match the file/
assert log.contains('it is corrupt or was tampered with, and nothing of it was used')
assert new File(basedir, 'target/offline-repo/com/example/previous/1.0/previous-1.0.jar').text == 'the previous good offline repository'
assert !new File(basedir, 'target/offline-repo/com/acme').exists()
assert !log.contains('Building image')
return true
