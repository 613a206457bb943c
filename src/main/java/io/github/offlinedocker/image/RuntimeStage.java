package io.github.offlinedocker.image;

import io.github.offlinedocker.ConfigurationException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How the application runs in the final image.
 *
 * @param image       the image it runs on
 * @param user        the user it runs as, {@code name} or {@code uid[:gid]}
 * @param ports       the ports it listens on, {@code 8080} or {@code 8080/tcp}
 * @param environment environment variables of the container
 * @param jvmFlags    options for the JVM that runs it
 * @param entrypoint  the whole command instead of the layout's, when not empty
 */
public record RuntimeStage(
        String image,
        String user,
        List<String> ports,
        Map<String, String> environment,
        List<String> jvmFlags,
        List<String> entrypoint) {

    /** The user by default: not root; a numeric id needs no account in the image, which may have no shell. */
    public static final String DEFAULT_USER = "65532:65532";

    private static final Pattern PORT = Pattern.compile("([0-9]{1,5})(/(tcp|udp|sctp))?");
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*(:[A-Za-z0-9_][A-Za-z0-9_.-]*)?");

    public RuntimeStage {
        ports = List.copyOf(ports);
        environment = Map.copyOf(environment);
        jvmFlags = List.copyOf(jvmFlags);
        entrypoint = List.copyOf(entrypoint);
    }

    /** Fails naming the element and the bad value when a setting cannot go into a Dockerfile as it is. */
    void check() throws ConfigurationException {
        ImageReferences.checkImage("runtimeImage", image);
        if (user == null || !USER.matcher(user).matches()) {
            throw new ConfigurationException("<user> '" + user + "' is not a user: use a name or uid[:gid], e.g. '"
                    + DEFAULT_USER + "'.");
        }
        for (String port : ports) {
            var matcher = port == null ? null : PORT.matcher(port.trim());
            if (matcher == null || !matcher.matches() || Integer.parseInt(matcher.group(1)) < 1
                    || Integer.parseInt(matcher.group(1)) > 65535) {
                throw new ConfigurationException("<ports> '" + port + "' is not a port: use 1-65535, optionally"
                        + " with /tcp or /udp, e.g. '8080'.");
            }
        }
        for (String name : environment.keySet()) {
            if (!VARIABLE.matcher(name).matches()) {
                throw new ConfigurationException("<environment> '" + name + "' is not a variable name: use letters,"
                        + " digits and '_', not starting with a digit, e.g. 'SERVER_PORT'.");
            }
        }
    }

    /** Fails naming the element when a value the runtime stage would hold holds one of {@code secrets}. */
    void checkSecrets(KnownSecrets secrets) throws ConfigurationException {
        secrets.checkAbsent("<runtimeImage>", image);
        secrets.checkAbsent("<user>", user);
        secrets.checkAbsent("<ports>", ports);
        secrets.checkAbsent("<environment>", environment);
        secrets.checkAbsent("<jvmFlags>", jvmFlags);
        secrets.checkAbsent("<entrypoint>", entrypoint);
    }
}
