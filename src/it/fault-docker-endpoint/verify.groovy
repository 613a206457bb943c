// Each endpoint that cannot be used gives one message naming what was tried and the fix.
import static io.github.offlinedocker.it.BuildLogs.assertNoStackTrace

def log = new File(basedir, 'build.log').text
def tls = dockerTlsHost.replace('.', '\\.')

assert log =~ /No Docker engine answers at tcp:\/\/127\.0\.0\.1:1 \(.*\)\. Start the engine, or point DOCKER_HOST or <dockerHost> \(-Doffline-docker\.dockerHost\) at one that runs\./
assert log =~ /No Docker engine answers at unix:\/\/\/nonexistent\/docker\.sock \(.*\)\. Start the engine/
assert log =~ /No Docker engine answers at unix:\/\/\/tmp\/offline-docker-it\/docker-down\.sock \(Connection refused\)\. Start the engine/

assert log =~ /The Docker engine at \S+ does not speak API version 1\.99 \(client version 1\.99 is too new\. Maximum supported API version is [\d.]+\)\. Unset DOCKER_API_VERSION to use the engine's own version, or set it to one the engine supports\./
assert log =~ /The Docker engine at \S+ does not speak API version 1\.11 \(client version 1\.11 is too old\. Minimum supported API version is [\d.]+.*\)\. Unset DOCKER_API_VERSION/

assert log.contains('The TLS client certificates in DOCKER_CERT_PATH /nonexistent/docker-certs cannot be used (')
assert log.contains('With DOCKER_TLS_VERIFY=1, point DOCKER_CERT_PATH at the folder holding the engine\'s ca.pem and your cert.pem and key.pem; for an engine without TLS, unset DOCKER_TLS_VERIFY.')

assert log =~ /The TLS handshake with the Docker engine at ${tls} failed \(.+\) with the certificates in \Q${dockerTlsDir}\E\/rogue\. The engine must accept your cert\.pem and key\.pem/

assert log =~ /The Docker engine at ${tls} speaks TLS, but the client was given no certificates \(Client sent an HTTP request to an HTTPS server\.\)\. Set DOCKER_TLS_VERIFY=1 and point DOCKER_CERT_PATH/

// The offline repository was prepared before Docker was asked: nothing is lost.
assert new File(basedir, 'target/offline-repo').isDirectory()
assertNoStackTrace(log)
return true
