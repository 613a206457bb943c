package io.github.offlinedocker.image;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.offlinedocker.ConfigurationException;
import io.github.offlinedocker.OfflineDockerException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * The logins Docker's own configuration keeps, read as the docker CLI reads them: {@code config.json} in
 * {@code $DOCKER_CONFIG}, else in {@code ~/.docker}; for a registry, the credential helper {@code credHelpers}
 * names for it, else the {@code credsStore} helper, else its {@code auths} entry. A helper is run as Docker's
 * credential helper protocol says: {@code docker-credential-<name> get}, the server's address on its input.
 */
public final class DockerConfigLogins implements LoginSource {

    /** The key Docker's configuration keeps Docker Hub's login under. */
    static final String DOCKER_HUB_KEY = "https://index.docker.io/v1/";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    DockerConfigLogins(Path file) {
        this.file = file;
    }

    /** The configuration this process's environment names: {@code $DOCKER_CONFIG/config.json} or {@code ~/.docker}. */
    public static DockerConfigLogins ofEnvironment() {
        String directory = System.getenv("DOCKER_CONFIG");
        return new DockerConfigLogins(directory != null && !directory.isBlank()
                ? Path.of(directory, "config.json")
                : Path.of(System.getProperty("user.home"), ".docker", "config.json"));
    }

    @Override
    public Optional<RegistryCredentials> find(String registry) throws OfflineDockerException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        JsonNode config;
        try {
            config = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConfigurationException("The Docker configuration " + file + " cannot be read as JSON ("
                    + e.getMessage() + "), so no login for " + registry + " can be taken from it: mend it, or point"
                    + " DOCKER_CONFIG at another directory.", e);
        }
        String helperServer = ImageName.DOCKER_HUB.equals(registry) ? DOCKER_HUB_KEY : registry;
        Optional<String> helper = text(config.path("credHelpers").path(registry));
        if (helper.isPresent()) {
            return new CredentialHelper(helper.get(), "credHelpers of " + file).get(helperServer, registry);
        }
        Optional<String> store = text(config.path("credsStore"));
        if (store.isPresent()) {
            Optional<RegistryCredentials> stored = new CredentialHelper(store.get(), "credsStore of " + file)
                    .get(helperServer, registry);
            if (stored.isPresent()) {
                return stored;
            }
        }
        return auth(config.path("auths"), registry);
    }

    /** The {@code auths} entry for {@code registry}: a user and password, or an identity token. */
    private Optional<RegistryCredentials> auth(JsonNode auths, String registry) throws ConfigurationException {
        for (Iterator<Map.Entry<String, JsonNode>> entries = auths.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            if (!registry.equals(host(entry.getKey()))) {
                continue;
            }
            String source = "auths of " + file;
            JsonNode login = entry.getValue();
            Optional<String> token = text(login.path("identitytoken"));
            if (token.isPresent()) {
                return Optional.of(new RegistryCredentials(RegistryCredentials.IDENTITY_TOKEN, token.get(), source));
            }
            Optional<String> encoded = text(login.path("auth"));
            if (encoded.isEmpty()) {
                // What 'docker login' leaves beside a credsStore: a marker, the login is the helper's.
                continue;
            }
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(encoded.get()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException("The login for " + entry.getKey() + " in the " + source + " is not"
                        + " base64: log in again with 'docker login " + registry + "'.", e);
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw new ConfigurationException("The login for " + entry.getKey() + " in the " + source + " is not"
                        + " of the form user:password: log in again with 'docker login " + registry + "'.");
            }
            return Optional.of(new RegistryCredentials(decoded.substring(0, colon), decoded.substring(colon + 1),
                    source));
        }
        return Optional.empty();
    }

    /** The registry host a key of {@code auths} names: keys may be URLs, and Docker Hub's has its own names. */
    static String host(String key) {
        String host = key.contains("://") ? URI.create(key).getAuthority() : key.split("/", 2)[0];
        return switch (host) {
            case "index.docker.io", "registry-1.docker.io", "registry.hub.docker.com" -> ImageName.DOCKER_HUB;
            default -> host;
        };
    }

    private static Optional<String> text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? Optional.of(node.asText()) : Optional.empty();
    }
}
