package io.github.offlinedocker.image;

import java.util.List;

/**
 * What the generated Dockerfile builds.
 *
 * @param builderImage  the JDK image the builder stage starts from
 * @param runtimeImage  the JRE image the application runs on
 * @param mavenVersion  the host's Maven version, whose distribution the context holds
 * @param goals         what the builder stage runs with {@code mvn -o}
 * @param artifactPath  the application jar, relative to the workspace, as the builder produces it
 * @param mainClass     the class to run; {@code null} runs the jar with {@code java -jar}
 * @param hasLibraries  whether the context holds runtime dependencies under {@link BuildContext#LIBRARIES}
 * @param moduleJars    runtime dependencies the builder builds in the reactor, relative to the workspace
 */
public record DockerfileSpec(
        String builderImage,
        String runtimeImage,
        String mavenVersion,
        List<String> goals,
        String artifactPath,
        String mainClass,
        boolean hasLibraries,
        List<String> moduleJars) {

    public DockerfileSpec {
        goals = List.copyOf(goals);
        moduleJars = List.copyOf(moduleJars);
    }
}
