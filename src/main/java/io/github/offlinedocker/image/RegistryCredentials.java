package io.github.offlinedocker.image;

/**
 * A login to an image registry.
 *
 * @param username the user
 * @param password the password or token; never logged, never written anywhere
 */
public record RegistryCredentials(String username, String password) {

    @Override
    public String toString() {
        return "RegistryCredentials[username=" + username + ", password=***]";
    }
}
