package io.github.offlinedocker.it;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.repository.AuthenticationDigest;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.util.repository.AuthenticationBuilder;

/**
 * Planted secrets and every form they take where tools write them down, and a search for all of them at
 * once, as bytes, in whatever a build leaves: a context tar, a {@code docker save} stream, a log.
 */
public final class Canaries {

    private Canaries() {}

    /**
     * The forms of {@code secret}, named {@code label/form}: plain, URL-encoded, base64 of
     * {@code username:secret} (HTTP basic auth) and of the secret alone, escaped as in a properties file, and
     * the resolver's digest of a repository login with it (the keys of {@code resolver-status.properties}). A
     * form that reads the same as an earlier one is left out.
     */
    public static Map<String, byte[]> forms(String label, String username, String secret) {
        Map<String, String> forms = new LinkedHashMap<>();
        forms.put(label + "/plain", secret);
        forms.put(label + "/url-encoded", URLEncoder.encode(secret, StandardCharsets.UTF_8));
        forms.put(label + "/basic-auth", Base64.getEncoder().encodeToString(bytes(username + ":" + secret)));
        forms.put(label + "/base64", Base64.getEncoder().encodeToString(bytes(secret)));
        forms.put(label + "/properties-escaped", propertiesEscaped(secret));
        forms.put(label + "/resolver-digest", resolverDigest(username, secret));
        Map<String, byte[]> distinct = new LinkedHashMap<>();
        Set<String> seen = new TreeSet<>();
        forms.forEach((name, form) -> {
            if (seen.add(form)) {
                distinct.put(name, bytes(form));
            }
        });
        return distinct;
    }

    /** The names of the {@code needles} found in {@code input}, read to its end. */
    public static Set<String> foundIn(InputStream input, Map<String, byte[]> needles) throws IOException {
        Set<String> found = new TreeSet<>();
        int longest = needles.values().stream().mapToInt(n -> n.length).max().orElse(1);
        byte[] buffer = new byte[1 << 20];
        byte[] carry = new byte[0];
        for (int read = input.read(buffer); read > 0; read = input.read(buffer)) {
            byte[] window = new byte[carry.length + read];
            System.arraycopy(carry, 0, window, 0, carry.length);
            System.arraycopy(buffer, 0, window, carry.length, read);
            needles.forEach((name, needle) -> {
                if (!found.contains(name) && indexOf(window, needle) >= 0) {
                    found.add(name);
                }
            });
            int keep = Math.min(longest - 1, window.length);
            carry = Arrays.copyOfRange(window, window.length - keep, window.length);
        }
        return found;
    }

    /** The names of the {@code needles} in the {@code docker save} stream of {@code image}. */
    public static Set<String> foundInSavedImage(String image, Map<String, byte[]> needles)
            throws IOException, InterruptedException {
        Process save = new ProcessBuilder("docker", "save", image).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Set<String> found;
        try (InputStream tar = save.getInputStream()) {
            found = foundIn(tar, needles);
            tar.transferTo(OutputStream.nullOutputStream());
        }
        if (save.waitFor() != 0) {
            throw new AssertionError("docker save " + image + " failed");
        }
        return found;
    }

    /**
     * What of the {@code needles} {@code image} holds, by where it was found: its {@code docker save} stream, its
     * {@code docker history --no-trunc} and its {@code docker image inspect}; empty when nothing was.
     */
    public static Map<String, Set<String>> foundInImage(String image, Map<String, byte[]> needles)
            throws IOException, InterruptedException {
        Map<String, Set<String>> found = new TreeMap<>();
        found.put("docker save " + image, foundInSavedImage(image, needles));
        found.put("docker history " + image, foundInText(ImageChecks.dockerCli("history", "--no-trunc", image), needles));
        found.put("docker inspect " + image, foundInText(ImageChecks.dockerCli("image", "inspect", image), needles));
        found.values().removeIf(Set::isEmpty);
        return found;
    }

    /** The names of the {@code needles} in {@code text}. */
    public static Set<String> foundInText(String text, Map<String, byte[]> needles) {
        try {
            return foundIn(new ByteArrayInputStream(bytes(text)), needles);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String propertiesEscaped(String secret) {
        Properties properties = new Properties();
        properties.setProperty("k", secret);
        StringWriter out = new StringWriter();
        try {
            properties.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String stored = out.toString();
        int start = stored.indexOf("\nk=") + 3;
        return stored.substring(start, stored.indexOf('\n', start)).trim();
    }

    static String resolverDigest(String username, String secret) {
        RemoteRepository repository = new RemoteRepository.Builder("canary", "default", "http://127.0.0.1/")
                .setAuthentication(new AuthenticationBuilder().addUsername(username).addPassword(secret).build())
                .build();
        return AuthenticationDigest.forRepository(new DefaultRepositorySystemSession(), repository);
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
