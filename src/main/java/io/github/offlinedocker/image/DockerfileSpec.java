package io.github.offlinedocker.image;

import java.util.List;
import java.util.Map;

/**
 * What the generated Dockerfile builds.
 *
 * @param builderImage  the JDK image the builder stage starts from
 * @param goals         what the builder stage runs with {@code mvn -o}
 * @param artifactPath  the application jar, relative to the workspace, as the builder produces it
 * @param hasLibraries  whether the context holds runtime dependencies under {@link BuildContext#LIBRARIES}
 * @param moduleJars    runtime dependencies the builder builds in the reactor, relative to the workspace
 * @param runtime       how the application runs in the final image
 * @param labels        labels of the final image that its inputs decide (not the creation time)
 */
public record DockerfileSpec(
        String builderImage,
        List<String> goals,
        String artifactPath,
        boolean hasLibraries,
        List<String> moduleJars,
        RuntimeStage runtime,
        Map<String, String> labels) {

    public DockerfileSpec {
        labels = Map.copyOf(labels);
        goals = List.copyOf(goals);
        moduleJars = List.copyOf(moduleJars);
    }
}
