package io.github.offlinedocker.resolve;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * The runtime class path by the path each jar gets below the image's library folder: its layer's folder,
     * then {@code artifactId-version.jar}, with the group id in front where two jars would otherwise share a
     * name.
     */
    public Map<String, Path> runtimeLibraries() {
        Set<String> seen = new HashSet<>();
        Set<String> clashing = new HashSet<>();
        for (ResolvedArtifact artifact : runtimeClasspath) {
            if (!seen.add(artifact.fileName())) {
                clashing.add(artifact.fileName());
            }
        }
        Map<String, Path> libraries = new LinkedHashMap<>();
        for (ResolvedArtifact artifact : runtimeClasspath) {
            String name = clashing.contains(artifact.fileName())
                    ? artifact.groupId() + "." + artifact.fileName()
                    : artifact.fileName();
            libraries.put(DependencyLayer.of(artifact).directory() + "/" + name, artifact.file());
        }
        return libraries;
    }

    /**
     * The layer of every file of the offline repository, by its path there: each artifact's own, and the last
     * for the version lists ({@code maven-metadata-local.xml}), which change whenever a listed version does.
     */
    public Map<String, DependencyLayer> repositoryLayers() {
        Map<String, DependencyLayer> layers = new LinkedHashMap<>();
        for (ResolvedArtifact artifact : artifacts) {
            layers.put(artifact.repositoryPath(), DependencyLayer.of(artifact));
            if (versionLists.contains(artifact.groupId() + ":" + artifact.artifactId())) {
                layers.put(artifact.versionListPath(), DependencyLayer.SNAPSHOTS);
            }
        }
        return layers;
    }

    /** Total size in bytes of the artifact files. */
    public long totalBytes() {
        return artifacts.stream().mapToLong(a -> a.file().toFile().length()).sum();
    }
}
