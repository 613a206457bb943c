package io.github.offlinedocker.resolve;

import java.util.List;
import java.util.Set;

/**
 * What an offline build of one project needs.
 *
 * @param artifacts        every file the builder stage's {@code mvn -o} reads from its repository
 * @param runtimeClasspath the project's compile and runtime dependencies, in class-path order, for the image
 * @param moduleJars       the reactor projects on the runtime class path, as jars the builder stage builds,
 *                         relative to its workspace
 * @param versionLists     the {@code groupId:artifactId} whose version lists the build reads (version ranges,
 *                         plugin versions), which the offline repository must answer too
 */
public record Closure(
        List<ResolvedArtifact> artifacts,
        List<ResolvedArtifact> runtimeClasspath,
        List<String> moduleJars,
        Set<String> versionLists) {

    public Closure {
        artifacts = List.copyOf(artifacts);
        runtimeClasspath = List.copyOf(runtimeClasspath);
        moduleJars = List.copyOf(moduleJars);
        versionLists = Set.copyOf(versionLists);
    }

    /** Total size in bytes of the artifact files. */
    public long totalBytes() {
        return artifacts.stream().mapToLong(a -> a.file().toFile().length()).sum();
    }
}
