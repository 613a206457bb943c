package io.github.offlinedocker.project;

import io.github.offlinedocker.EnvironmentException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code .mvn/jvm.config}, the options of the JVM that runs Maven, as the builder stage gets it: the build context
 * carries the file, so the options hold there too (the {@code --add-exports} Error Prone needs), but a system
 * property whose name marks a secret ({@link SecretNames}) is taken out of the copy, as the host's user
 * properties are kept out of the builder's command: the context's files stay in the builder stage's layers.
 *
 * @param text        the file as the builder gets it: as written, without the secret-named properties
 * @param properties  the system properties it keeps, by name, whose values are checked for credentials
 * @param secretNames the system properties taken out, sorted
 */
public record JvmConfig(String text, SortedMap<String, String> properties, Set<String> secretNames) {

    /** No file: nothing to carry. */
    public static final JvmConfig NONE = new JvmConfig("", new TreeMap<>(), Set.of());

    /** A {@code -Dname} or {@code -Dname=value} option, its value quoted or not, as a whole word. */
    private static final Pattern PROPERTY =
            Pattern.compile("(?<=^|\\s)-D([^=\\s]+)(?:=(\"[^\"]*\"|'[^']*'|\\S*))?(?=\\s|$)");

    public JvmConfig {
        properties = Collections.unmodifiableSortedMap(new TreeMap<>(properties));
        secretNames = Collections.unmodifiableSet(new TreeSet<>(secretNames));
    }

    /** The file at {@code file}; {@link #NONE} when there is none. */
    public static JvmConfig read(Path file) throws EnvironmentException {
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        try {
            return of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new EnvironmentException("Could not read " + file + ", the options of Maven's JVM that the builder"
                    + " stage gets: " + e, e);
        }
    }

    /** {@code text} as the builder gets it: the secret-named system properties taken out, the rest as written. */
    static JvmConfig of(String text) {
        SortedMap<String, String> properties = new TreeMap<>();
        Set<String> secretNames = new LinkedHashSet<>();
        StringBuilder kept = new StringBuilder();
        Matcher matcher = PROPERTY.matcher(text);
        while (matcher.find()) {
            String name = matcher.group(1);
            if (SecretNames.marksSecret(name)) {
                secretNames.add(name);
                matcher.appendReplacement(kept, "");
            } else {
                properties.put(name, matcher.group(2) == null ? "" : matcher.group(2));
                matcher.appendReplacement(kept, Matcher.quoteReplacement(matcher.group()));
            }
        }
        matcher.appendTail(kept);
        return new JvmConfig(kept.toString(), properties, secretNames);
    }

    /**
     * The values of the properties the builder gets, each by the words that name it in a refusal: a value that
     * holds a credential is refused, as a user property's is.
     */
    public SortedMap<String, String> valuesByElement() {
        SortedMap<String, String> values = new TreeMap<>();
        properties.forEach((name, value) -> values.put("The system property " + name + " of "
                + BuilderReactor.JVM_CONFIG + ", which the build context carries into the builder stage,", value));
        return values;
    }

    /** Whether the builder gets the file other than as written. */
    public boolean isFiltered() {
        return !secretNames.isEmpty();
    }
}
