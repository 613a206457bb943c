package io.github.offlinedocker.image;

import io.github.offlinedocker.ConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The credentials the host's settings hold, which nothing the plugin writes into an image may hold: the
 * Dockerfile's values (labels, environment, JVM flags, …), a user's own Dockerfile and the build arguments are
 * all kept in the image or its history, where anyone who pulls the image reads them; the project's files are
 * kept in the builder stage's layers, and its resources in the application.
 */
public final class KnownSecrets {

    /*
     * Below this length a secret is refused only as a whole value: inside longer text a short one is mostly an
     * ordinary word ('admin' in a profile name), not the credential.
     */
    private static final int SHORTEST_FOUND_INSIDE = 8;

    /** How much of a project file is searched at a time, so that a large resource is never read whole. */
    private static final int CHUNK = 1 << 20;

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
        Optional<Secret> found = find(value, value, forms);
        if (found.isPresent()) {
            throw new ConfigurationException(element + " holds " + found.get().owner() + " in settings.xml. It"
                    + " would be kept in the image or its history, where anyone who pulls the image reads it: remove"
                    + " it. The builder stage needs no credential: it builds offline, from the repository resolved"
                    + " with your settings.");
        }
    }

    /**
     * Fails when one of the project's {@code files} (by their path in the project), which the build context
     * carries, holds a credential in any of its forms, naming the file and whose credential it is. A credential
     * under 8 characters is found only as a file's whole content.
     */
    public void checkAbsent(SortedMap<String, Path> files) throws ConfigurationException, IOException {
        if (forms.isEmpty()) {
            return;
        }
        // Files are searched as bytes: each form as its UTF-8 bytes, one char a byte, as the file is read.
        Map<Secret, List<String>> bytes = new LinkedHashMap<>();
        forms.forEach((secret, texts) -> bytes.put(secret, texts.stream()
                .map(text -> new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))
                .toList()));
        int longest = bytes.values().stream().flatMap(List::stream).mapToInt(String::length).max().orElse(0);
        for (Map.Entry<String, Path> file : files.entrySet()) {
            Optional<Secret> found = foundIn(file.getValue(), bytes, longest);
            if (found.isPresent()) {
                throw new ConfigurationException("The project file " + file.getKey() + " holds "
                        + found.get().owner() + " in settings.xml. The build context carries it into the builder"
                        + " stage's layers, and a resource into the image: remove it, and give the application"
                        + " its credentials when it runs (an environment variable or a mounted file).");
            }
        }
    }

    /** The secret {@code file} holds, reading it a chunk at a time; each chunk keeps the end of the one before. */
    private static Optional<Secret> foundIn(Path file, Map<Secret, List<String>> bytes, int longest)
            throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            String carried = "";
            boolean first = true;
            byte[] chunk;
            while ((chunk = in.readNBytes(CHUNK)).length > 0) {
                String text = carried + new String(chunk, StandardCharsets.ISO_8859_1);
                boolean whole = first && chunk.length < CHUNK;
                Optional<Secret> found = find(whole ? text.strip() : null, text, bytes);
                if (found.isPresent()) {
                    return found;
                }
                carried = text.substring(Math.max(0, text.length() - (longest - 1)));
                first = false;
            }
        }
        return Optional.empty();
    }

    /**
     * The secret that {@code whole} is one of the forms of, or whose form of 8 characters or more {@code text}
     * holds; {@code whole} is {@code null} when {@code text} is only part of something.
     */
    private static Optional<Secret> find(String whole, String text, Map<Secret, List<String>> forms) {
        for (Map.Entry<Secret, List<String>> secret : forms.entrySet()) {
            for (String form : secret.getValue()) {
                if (form.equals(whole) || form.length() >= SHORTEST_FOUND_INSIDE && text.contains(form)) {
                    return Optional.of(secret.getKey());
                }
            }
        }
        return Optional.empty();
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
