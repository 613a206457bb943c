package io.github.offlinedocker.image;

import io.github.offlinedocker.ConfigurationException;
import java.util.List;
import java.util.Map;

/**
 * What the generated Dockerfile builds.
 *
 * @param builderImage     the JDK image the builder stage starts from
 * @param builderJvmFlags  options for the JVM of the builder stage's Maven: its {@code MAVEN_OPTS}
 * @param goals            what the builder stage runs with {@code mvn -o}: the host's profiles and user properties,
 *                         the module's selection and the goals
 * @param layout           how the application lies in the final image
 * @param application      what the builder stage builds of the application
 * @param runtime          how the application runs in the final image
 * @param labels           labels of the final image that its inputs decide (not the creation time)
 * @param extraDirectory   a folder of the project, relative to the workspace, whose tree the runtime image gets at
 *                         its root; {@code null} for none
 */
public record DockerfileSpec(
        String builderImage,
        List<String> builderJvmFlags,
        List<String> goals,
        RuntimeLayout layout,
        BuiltApplication application,
        RuntimeStage runtime,
        Map<String, String> labels,
        String extraDirectory) {

    public DockerfileSpec {
        labels = Map.copyOf(labels);
        builderJvmFlags = List.copyOf(builderJvmFlags);
        goals = List.copyOf(goals);
    }

    /** Whether the context and the dependency image carry the closure's runtime libraries for the runtime stage. */
    boolean carriesLibraries() {
        return layout.usesLibraries() && application.hasLibraries();
    }

    /** Fails naming the element and the bad value when a setting cannot go into a Dockerfile as it is. */
    void check() throws ConfigurationException {
        ImageReferences.checkImage("builderImage", builderImage);
        for (String flag : builderJvmFlags) {
            // Maven's launcher splits MAVEN_OPTS at white space: such a flag would reach java in pieces.
            if (flag.chars().anyMatch(Character::isWhitespace)) {
                throw new ConfigurationException("<builderJvmFlags> '" + flag + "' holds white space, which"
                        + " MAVEN_OPTS cannot carry: give each option as one element without spaces, e.g."
                        + " '-Xmx2g'.");
            }
        }
        runtime.check();
        layout.check();
    }

    /** Fails naming the element when a value the Dockerfile would hold holds one of {@code secrets}. */
    void checkSecrets(KnownSecrets secrets) throws ConfigurationException {
        secrets.checkAbsent("<builderImage>", builderImage);
        secrets.checkAbsent("<builderJvmFlags>", builderJvmFlags);
        for (String argument : goals) {
            secrets.checkAbsent(argumentElement(argument), argument);
        }
        secrets.checkAbsent("<labels>", labels);
        runtime.checkSecrets(secrets);
        layout.checkSecrets(secrets);
    }

    /** Who gave the builder's {@code argument}: a user property comes from the host's Maven, the rest from goals. */
    private static String argumentElement(String argument) {
        if (!argument.startsWith("-D")) {
            return "<goals>";
        }
        int equals = argument.indexOf('=');
        return "The user property " + (equals < 0 ? argument : argument.substring(0, equals)) + " of your Maven"
                + " command line or .mvn/maven.config, which the builder stage's mvn repeats,";
    }
}
