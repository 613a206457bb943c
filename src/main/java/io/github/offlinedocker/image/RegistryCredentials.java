package io.github.offlinedocker.image;

import com.github.dockerjava.api.model.AuthConfig;

/**
 * A login to an image registry.
 *
 * @param username the user; {@value #IDENTITY_TOKEN} when {@code password} is an identity token, as Docker's
 *                 credential helpers and {@code auths} entries give one
 * @param password the password or token; never logged, never written anywhere
 * @param source   where the login was found, for the log and for messages, e.g. "settings.xml's server
 *                 registry.example.com"
 */
public record RegistryCredentials(String username, String password, String source) {

    /** The user name Docker's credential helper protocol gives with an identity token instead of a password. */
    public static final String IDENTITY_TOKEN = "<token>";

    /** The login as the Docker API takes it for {@code registry}. */
    AuthConfig authConfig(String registry) {
        AuthConfig auth = new AuthConfig().withRegistryAddress(registry);
        return IDENTITY_TOKEN.equals(username)
                ? auth.withIdentityToken(password)
                : auth.withUsername(username).withPassword(password);
    }

    /** Who logs in and from where, for the log: never the password. */
    String describe() {
        return (IDENTITY_TOKEN.equals(username) ? "an identity token" : username) + " (" + source + ")";
    }

    @Override
    public String toString() {
        return "RegistryCredentials[username=" + username + ", password=***, source=" + source + "]";
    }
}
