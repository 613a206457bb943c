package io.github.offlinedocker.image;

import com.github.dockerjava.api.model.AuthConfig;
import io.github.offlinedocker.OfflineDockerException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one place pulls and pushes get a registry's login from: the first of its sources that keeps one, asked once
 * a registry and only when a pull or push needs it, so that a helper that is not installed fails only the builds
 * that need it.
 */
public final class RegistryLogins {

    private final List<LoginSource> sources;
    private final Map<String, Optional<RegistryCredentials>> found = new HashMap<>();

    public RegistryLogins(List<LoginSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /** {@code first}, then the Docker configuration of this environment (see {@link DockerConfigLogins}). */
    public static RegistryLogins firstThenDockerConfig(LoginSource first) {
        return new RegistryLogins(List.of(first, DockerConfigLogins.ofEnvironment()));
    }

    /** The login for {@code registry}; empty when no source keeps one, and the registry is asked anonymously. */
    public synchronized Optional<RegistryCredentials> find(String registry) throws OfflineDockerException {
        Optional<RegistryCredentials> login = found.get(registry);
        if (login == null) {
            login = Optional.empty();
            for (LoginSource source : sources) {
                login = source.find(registry);
                if (login.isPresent()) {
                    break;
                }
            }
            found.put(registry, login);
        }
        return login;
    }

    /** Whether a registry's error, in lower case, says it refused the login it was given, or wants one. */
    static boolean refusesLogin(String error) {
        return error.contains("unauthorized") || error.contains("auth") || error.contains("denied")
                || error.contains("credentials");
    }

    /** What to do when {@code registry} refused {@code login}, or wanted one. */
    static String fix(String registry, Optional<RegistryCredentials> login) {
        return login.map(l -> "The registry refused the login of " + l.describe() + ": renew it there.")
                .orElse("The registry wants a login and none was found: add a <server> with <id>" + registry
                        + "</id> and the registry's <username> and <password> to settings.xml, or log in with"
                        + " 'docker login " + registry + "' (its credential helper is asked too).");
    }

    /** What the Docker API is sent for {@code registry}: its login, or none. */
    AuthConfig authConfig(String registry) throws OfflineDockerException {
        return find(registry).map(login -> login.authConfig(registry))
                .orElseGet(() -> new AuthConfig().withRegistryAddress(registry));
    }
}
