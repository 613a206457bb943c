package io.github.offlinedocker.image;

import com.github.dockerjava.api.exception.DockerException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * Says why a Docker engine could not be reached, from what docker-java threw: what was tried (the address, the
 * TLS certificates, the API version) and the one thing to change.
 */
final class EngineFailures {

    private EngineFailures() {}

    /**
     * Why the client could not even be set up from the settings.
     *
     * @param certPath the folder of the TLS client certificates when DOCKER_TLS_VERIFY is on, else {@code null}
     */
    static String explainSettings(String certPath, RuntimeException failure) {
        String reason = reasonOf(failure);
        if (certPath != null) {
            return "The TLS client certificates in DOCKER_CERT_PATH " + certPath + " cannot be used (" + reason
                    + "). With DOCKER_TLS_VERIFY=1, point DOCKER_CERT_PATH at the folder holding the engine's ca.pem"
                    + " and your cert.pem and key.pem; for an engine without TLS, unset DOCKER_TLS_VERIFY.";
        }
        return "The Docker client settings cannot be used (" + reason + "). Check DOCKER_HOST or <dockerHost>"
                + " (e.g. unix:///var/run/docker.sock or tcp://host:2376) and DOCKER_API_VERSION.";
    }

    /**
     * Why the engine did not answer a ping.
     *
     * @param host       the address that was tried
     * @param certPath   the folder of the TLS client certificates when TLS is on, else {@code null}
     * @param apiVersion the API version asked for, or {@code null} for the engine's own
     */
    static String explainPing(String host, String certPath, String apiVersion, RuntimeException failure) {
        String reason = reasonOf(failure);
        String lower = reason.toLowerCase(Locale.ROOT);
        if (lower.contains("http request to an https server")) {
            return "The Docker engine at " + host + " speaks TLS, but the client was given no certificates (" + reason
                    + "). Set DOCKER_TLS_VERIFY=1 and point DOCKER_CERT_PATH at the folder holding that engine's"
                    + " ca.pem and your cert.pem and key.pem.";
        }
        // With TLS 1.3 the engine checks the client's certificate after the handshake seems done: a refused one
        // shows as a connection it closes while the request is sent.
        boolean closedOnTls = certPath != null
                && (lower.contains("broken pipe") || lower.contains("connection reset"));
        if (closedOnTls || causes(failure).stream().anyMatch(SSLException.class::isInstance)) {
            return "The TLS handshake with the Docker engine at " + host + " failed (" + reason + ")"
                    + (certPath == null ? "" : " with the certificates in " + certPath) + ". The engine must accept"
                    + " your cert.pem and key.pem, and ca.pem must be the CA that signed the engine's certificate:"
                    + " use the certificates made for that engine, or unset DOCKER_TLS_VERIFY if it has no TLS.";
        }
        if (lower.contains("client version") && (lower.contains("too new") || lower.contains("too old"))) {
            return "The Docker engine at " + host + " does not speak API version " + apiVersion + " (" + reason
                    + "). Unset DOCKER_API_VERSION to use the engine's own version, or set it to one the engine"
                    + " supports.";
        }
        return "No Docker engine answers at " + host + " (" + reason + "). Start the engine, or point DOCKER_HOST or"
                + " <dockerHost> (-Doffline-docker.dockerHost) at one that runs.";
    }

    /**
     * What to change when the engine spoke HTTPS to {@code registry} and it answered in plain HTTP, as {@code error}
     * (the engine's words) says; {@code null} for any other error.
     */
    static String plainHttpRegistry(String error, String registry) {
        if (!error.toLowerCase(Locale.ROOT).contains("http response to https client")) {
            return null;
        }
        return "The registry " + registry + " answers in plain HTTP, but the engine speaks HTTPS to it: give the"
                + " registry TLS, or let the engine use HTTP for it (Docker: \"insecure-registries\" in daemon.json,"
                + " where 127.0.0.0/8 is by default; Podman: a [[registry]] with location = \"" + registry + "\" and"
                + " insecure = true in registries.conf).";
    }

    /**
     * What to change when a registry turned the engine's pull or push of {@code registry} away with {@code error}
     * (the engine's words): plain HTTP where the engine speaks HTTPS, or a login refused or missing; {@code null}
     * for any other error.
     */
    static String registryFix(String error, String registry, Optional<RegistryCredentials> login) {
        String plainHttp = plainHttpRegistry(error, registry);
        if (plainHttp != null) {
            return plainHttp;
        }
        return RegistryLogins.refusesLogin(error.toLowerCase(Locale.ROOT)) ? RegistryLogins.fix(registry, login) : null;
    }

    /** The most telling message: the engine's own words for an HTTP error, else the deepest cause's. */
    private static String reasonOf(RuntimeException failure) {
        if (failure instanceof DockerException docker) {
            return docker.getMessage().replaceFirst("^Status \\d+: ", "")
                    .replaceFirst("^\\{\"message\":\"(.*)\"}\\s*$", "$1").trim();
        }
        Throwable root = rootCause(failure);
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.trim();
    }

    private static Throwable rootCause(Throwable failure) {
        List<Throwable> chain = causes(failure);
        return chain.get(chain.size() - 1);
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = failure; cause != null && !chain.contains(cause); cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }
}
