package io.github.offlinedocker.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.exception.BadRequestException;
import com.github.dockerjava.api.exception.DockerClientException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

class EngineFailuresTest {

    private static final String TLS_HOST = "tcp://127.0.0.1:12376";

    @Test
    void explainSettings_tlsOnMissingCertificates_namesFolderAndFix() {
        String message = EngineFailures.explainSettings("/nope",
                new DockerClientException("certificate path (DOCKER_CERT_PATH) '/nope' doesn't exist."));

        assertEquals("The TLS client certificates in DOCKER_CERT_PATH /nope cannot be used (certificate path"
                + " (DOCKER_CERT_PATH) '/nope' doesn't exist.). With DOCKER_TLS_VERIFY=1, point DOCKER_CERT_PATH at"
                + " the folder holding the engine's ca.pem and your cert.pem and key.pem; for an engine without TLS,"
                + " unset DOCKER_TLS_VERIFY.", message);
    }

    @Test
    void explainSettings_noTls_pointsAtHostAndApiVersion() {
        String message = EngineFailures.explainSettings(null, new IllegalArgumentException("bad URI"));

        assertEquals("The Docker client settings cannot be used (bad URI). Check DOCKER_HOST or <dockerHost>"
                + " (e.g. unix:///var/run/docker.sock or tcp://host:2376) and DOCKER_API_VERSION.", message);
    }

    @Test
    void explainPing_plainHttpToTlsPort_saysTurnTlsOn() {
        String message = EngineFailures.explainPing(TLS_HOST, null, null,
                new BadRequestException("Client sent an HTTP request to an HTTPS server.\n"));

        assertEquals("The Docker engine at tcp://127.0.0.1:12376 speaks TLS, but the client was given no"
                + " certificates (Client sent an HTTP request to an HTTPS server.). Set DOCKER_TLS_VERIFY=1 and"
                + " point DOCKER_CERT_PATH at the folder holding that engine's ca.pem and your cert.pem and"
                + " key.pem.", message);
    }

    @Test
    void explainPing_handshakeFailed_namesCertificateFolder() {
        String message = EngineFailures.explainPing(TLS_HOST, "/certs/rogue", null, new RuntimeException("wrapped",
                new SSLHandshakeException("PKIX path building failed")));

        assertEquals("The TLS handshake with the Docker engine at tcp://127.0.0.1:12376 failed (PKIX path building"
                + " failed) with the certificates in /certs/rogue. The engine must accept your cert.pem and key.pem,"
                + " and ca.pem must be the CA that signed the engine's certificate: use the certificates made for"
                + " that engine, or unset DOCKER_TLS_VERIFY if it has no TLS.", message);
    }

    @Test
    void explainPing_tls13ClientCertificateRefused_isTlsNotUnreachable() {
        String message = EngineFailures.explainPing(TLS_HOST, "/certs/rogue", null,
                new UncheckedIOException(new SocketException("Broken pipe")));

        assertTrue(message.startsWith("The TLS handshake with the Docker engine at tcp://127.0.0.1:12376"
                + " failed (Broken pipe) with the certificates in /certs/rogue."), message);
    }

    @Test
    void explainPing_apiVersionTooNew_quotesEngineAndFix() {
        String message = EngineFailures.explainPing("unix:///var/run/docker.sock", null, "1.99",
                new BadRequestException("{\"message\":\"client version 1.99 is too new. Maximum supported API"
                        + " version is 1.41\"}\n"));

        assertEquals("The Docker engine at unix:///var/run/docker.sock does not speak API version 1.99 (client"
                + " version 1.99 is too new. Maximum supported API version is 1.41). Unset DOCKER_API_VERSION to use"
                + " the engine's own version, or set it to one the engine supports.", message);
    }

    @Test
    void explainPing_connectionRefused_saysStartOrPointElsewhere() {
        String message = EngineFailures.explainPing("tcp://127.0.0.1:1", null, null,
                new RuntimeException(new ConnectException("Connection refused")));

        assertEquals("No Docker engine answers at tcp://127.0.0.1:1 (Connection refused). Start the engine, or"
                + " point DOCKER_HOST or <dockerHost> (-Doffline-docker.dockerHost) at one that runs.", message);
    }

    @Test
    void plainHttpRegistry_httpsToAPlainHttpRegistry_namesRegistryAndBothEnginesSettings() {
        String podman = "trying to reuse blob sha256:ea10 at destination: pinging container registry localhost:15000:"
                + " Get \"https://localhost:15000/v2/\": http: server gave HTTP response to HTTPS client";

        String fix = EngineFailures.plainHttpRegistry(podman, "localhost:15000");

        assertTrue(fix.startsWith("The registry localhost:15000 answers in plain HTTP, but the engine speaks HTTPS"), fix);
        assertTrue(fix.contains("\"insecure-registries\" in daemon.json"), fix);
        assertTrue(fix.contains("location = \"localhost:15000\" and insecure = true in registries.conf"), fix);
        assertNull(EngineFailures.plainHttpRegistry("unauthorized: authentication required", "localhost:15000"));
    }
}
