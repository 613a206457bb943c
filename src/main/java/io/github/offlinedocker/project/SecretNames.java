package io.github.offlinedocker.project;

import java.util.regex.Pattern;

/**
 * The one rule for a name that marks a secret ({@code gpg.passphrase}, {@code sonar.login}, {@code npm.token}):
 * what the plugin carries into the builder stage of its own accord (the host's user properties, the system
 * properties of {@code .mvn/jvm.config}) stays out under such a name, since the builder builds offline and needs
 * no credential, and its command and layers are kept in the image's history and cache.
 */
public final class SecretNames {

    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(password|passwd|passphrase|secret|token|credential|login|api[._-]?key|private[._-]?key).*");

    private SecretNames() {}

    /** Whether {@code name} holds a word that names a credential, in any case. */
    public static boolean marksSecret(String name) {
        return SECRET_NAME.matcher(name).matches();
    }
}
