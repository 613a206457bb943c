package io.github.offlinedocker.image;

import io.github.offlinedocker.resolve.Closure;
import io.github.offlinedocker.resolve.ResolvedArtifact;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The image layers dependencies go into, from rarely to often changing, so that a change reuses every layer
 * before the one it touches: a bumped private library re-copies the private and SNAPSHOT layers, never the
 * released third-party artifacts.
 */
public enum DependencyLayer {

    /** Released artifacts from Maven Central (repository id {@code central}): never change once published. */
    RELEASES("releases"),
    /** Released artifacts from any other repository, or installed locally: the organisation's own libraries. */
    PRIVATE("private"),
    /** SNAPSHOTs, which change with every deployment, and the version lists offline Maven reads. */
    SNAPSHOTS("snapshots");

    private final String directory;

    DependencyLayer(String directory) {
        this.directory = directory;
    }

    /** The folder name of this layer in the build context. */
    public String directory() {
        return directory;
    }

    /**
     * The {@code COPY} of this layer's folder below {@code copyFolder}, a {@code COPY} instruction up to the
     * folder that holds the layers' folders, into {@code target}.
     */
    String copy(String copyFolder, String target) {
        return copyFolder + "/" + directory + "/ " + target + "/\n";
    }

    /**
     * One {@link #copy} per layer into {@code target}, from rarely to often changing: a change re-copies its own
     * layer and the later ones, and reuses the earlier ones.
     */
    static String copyEach(String copyFolder, String target) {
        StringBuilder copies = new StringBuilder();
        for (DependencyLayer layer : values()) {
            copies.append(layer.copy(copyFolder, target));
        }
        return copies.toString();
    }

    /** The layer {@code artifact} belongs in. */
    public static DependencyLayer of(ResolvedArtifact artifact) {
        if (artifact.baseVersion().endsWith("-SNAPSHOT")) {
            return SNAPSHOTS;
        }
        return "central".equals(artifact.repositoryId()) ? RELEASES : PRIVATE;
    }

    /**
     * The runtime class path {@code libraries} by the path each jar gets below the image's library folder: its
     * layer's folder, then {@code artifactId-version.jar}, with the group id in front where two jars would
     * otherwise share a name.
     */
    public static Map<String, Path> libraryPaths(List<ResolvedArtifact> libraries) {
        Set<String> seen = new HashSet<>();
        Set<String> clashing = new HashSet<>();
        for (ResolvedArtifact artifact : libraries) {
            if (!seen.add(artifact.fileName())) {
                clashing.add(artifact.fileName());
            }
        }
        Map<String, Path> paths = new LinkedHashMap<>();
        for (ResolvedArtifact artifact : libraries) {
            String name = clashing.contains(artifact.fileName())
                    ? artifact.groupId() + "." + artifact.fileName()
                    : artifact.fileName();
            paths.put(of(artifact).directory() + "/" + name, artifact.file());
        }
        return paths;
    }

    /**
     * The layer of every file of {@code closure}'s offline repository, by its path there: each artifact's own,
     * and the last for the version lists ({@code maven-metadata-local.xml}), which change whenever a listed
     * version does.
     */
    public static Map<String, DependencyLayer> ofRepositoryFiles(Closure closure) {
        Map<String, DependencyLayer> layers = new LinkedHashMap<>();
        for (ResolvedArtifact artifact : closure.artifacts()) {
            layers.put(artifact.repositoryPath(), of(artifact));
            if (closure.versionLists().contains(artifact.groupId() + ":" + artifact.artifactId())) {
                layers.put(artifact.versionListPath(), SNAPSHOTS);
            }
        }
        return layers;
    }
}
