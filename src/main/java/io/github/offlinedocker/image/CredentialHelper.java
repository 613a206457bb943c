package io.github.offlinedocker.image;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.offlinedocker.ConfigurationException;
import io.github.offlinedocker.EnvironmentException;
import io.github.offlinedocker.OfflineDockerException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One of Docker's credential helpers, {@code docker-credential-<name>} on the {@code PATH}, asked for a login as
 * Docker's protocol says: {@code get}, the server's address on standard input, a JSON object with
 * {@code Username} and {@code Secret} on standard output.
 *
 * @param name   the helper's name as Docker's configuration gives it, e.g. {@code pass}, {@code osxkeychain}
 * @param origin where the configuration names it, for messages, e.g. "credsStore of ~/.docker/config.json"
 */
record CredentialHelper(String name, String origin) {

    /** How long a helper may take; one that asks the user for a passphrase would otherwise hang the build. */
    private static final long TIMEOUT_SECONDS = 60;

    private static final ObjectMapper JSON = new ObjectMapper();

    String executable() {
        return "docker-credential-" + name;
    }

    /**
     * The helper's login for {@code server} (the address Docker keeps it under), named for {@code registry} in
     * messages; empty when the helper keeps none.
     */
    Optional<RegistryCredentials> get(String server, String registry) throws OfflineDockerException {
        Process process;
        try {
            process = new ProcessBuilder(executable(), "get").start();
        } catch (IOException e) {
            throw new ConfigurationException("The " + origin + " names the credential helper '" + name + "' for "
                    + registry + ", but " + executable() + " cannot be run (" + e.getMessage() + "): install it on"
                    + " the PATH, or remove '" + name + "' from that file, or give the login as a <server> with <id>"
                    + registry + "</id> in settings.xml.", e);
        }
        try {
            CompletableFuture<byte[]> errors = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            try (OutputStream input = process.getOutputStream()) {
                input.write(server.getBytes(StandardCharsets.UTF_8));
            }
            byte[] output = readAll(process.getInputStream());
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new EnvironmentException(executable() + " (the " + origin + ") gave no login for " + registry
                        + " within " + TIMEOUT_SECONDS + " s: it may be waiting for a passphrase. Unlock its store"
                        + " (for 'pass', its gpg key) and build again.");
            }
            String said = (new String(output, StandardCharsets.UTF_8) + " "
                    + new String(errors.join(), StandardCharsets.UTF_8)).strip();
            if (process.exitValue() != 0) {
                // The protocol's answer for a server the helper keeps nothing for.
                if (said.contains("credentials not found")) {
                    return Optional.empty();
                }
                throw new EnvironmentException(executable() + " (the " + origin + ") failed to give the login for "
                        + registry + ", exit " + process.exitValue() + ": " + said + ". Check the helper's store,"
                        + " e.g. with 'docker login " + registry + "'.");
            }
            JsonNode login;
            try {
                login = JSON.readTree(output);
            } catch (JsonProcessingException e) {
                // Not the parser's message: it would quote what the helper wrote, the secret among it.
                throw new EnvironmentException(executable() + " (the " + origin + ") answered for " + registry
                        + " with what is not the JSON of Docker's credential helper protocol.");
            }
            String username = login.path("Username").asText("");
            String secret = login.path("Secret").asText("");
            if (secret.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new RegistryCredentials(username, secret, "credential helper " + executable()
                    + ", the " + origin));
        } catch (IOException | UncheckedIOException e) {
            throw new EnvironmentException("Could not read the login for " + registry + " from " + executable()
                    + " (the " + origin + "): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EnvironmentException("Interrupted while " + executable() + " looked up " + registry, e);
        } finally {
            process.destroy();
        }
    }

    private static byte[] readAll(InputStream stream) {
        try (stream) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            stream.transferTo(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
