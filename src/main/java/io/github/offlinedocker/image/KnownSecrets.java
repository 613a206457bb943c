package io.github.offlinedocker.image;

import io.github.offlinedocker.ConfigurationException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The credentials the host's settings hold, which nothing the plugin writes into an image may hold: the
 * Dockerfile's values (labels, environment, JVM flags, …), a user's own Dockerfile and the build arguments are
 * all kept in the image or its history, where anyone who pulls the image reads them.
 */
public final class KnownSecrets {

    /*
     * Below this length a secret is refused only as a whole value: inside longer text a short one is mostly an
     * ordinary word ('admin' in a profile name), not the credential.
     */
    private static final int SHORTEST_FOUND_INSIDE = 8;

    /** Each secret with its forms, worked out once for all the values checked. */
    private final Map<Secret, List<String>> forms;

    /**
     * A credential and whose it is.
     *
     * @param owner    whose, as settings.xml names it, e.g. {@code the password of the <server> with <id>x</id>}
     * @param username the login's user, whose {@code user:secret} HTTP basic form is refused too; {@code null}
     *                 for none
     * @param value    the secret itself
     */
    public record Secret(String owner, String username, String value) {

        @Override
        public String toString() {
            return "Secret[" + owner + "]";
        }

        /** The secret as written plainly, URL-encoded, in base64, and as an HTTP basic login. */
        private List<String> forms() {
            List<String> forms = new ArrayList<>(List.of(value, URLEncoder.encode(value, StandardCharsets.UTF_8),
                    base64(value)));
            if (username != null && !username.isEmpty()) {
                forms.add(base64(username + ":" + value));
            }
            return forms;
        }

        private static String base64(String text) {
            return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** {@code secrets}, without empty ones. */
    public KnownSecrets(List<Secret> secrets) {
        this.forms = new LinkedHashMap<>();
        secrets.stream()
                .filter(s -> s.value() != null && !s.value().isEmpty())
                .forEach(secret -> forms.putIfAbsent(secret, secret.forms()));
    }

    /**
     * Fails when {@code value}, which the image or its history will hold, holds a credential in any of its forms,
     * naming {@code element} and whose credential it is (never the credential).
     */
    public void checkAbsent(String element, String value) throws ConfigurationException {
        if (value == null) {
            return;
        }
        for (Map.Entry<Secret, List<String>> secret : forms.entrySet()) {
            for (String form : secret.getValue()) {
                if (value.equals(form) || form.length() >= SHORTEST_FOUND_INSIDE && value.contains(form)) {
                    throw new ConfigurationException(element + " holds " + secret.getKey().owner() + " in"
                            + " settings.xml. It would be kept in the image or its history, where anyone who pulls the"
                            + " image reads it: remove it. The builder stage needs no credential: it builds offline,"
                            + " from the repository resolved with your settings.");
                }
            }
        }
    }

    /** {@link #checkAbsent(String, String)} for each of the values of {@code element}. */
    void checkAbsent(String element, List<String> values) throws ConfigurationException {
        for (String value : values) {
            checkAbsent(element, value);
        }
    }

    /** {@link #checkAbsent(String, String)} for each entry of {@code element}, named {@code <element><name>}. */
    void checkAbsent(String element, Map<String, String> values) throws ConfigurationException {
        for (Map.Entry<String, String> entry : values.entrySet()) {
            checkAbsent(element + "<" + entry.getKey() + ">", entry.getValue());
        }
    }
}
