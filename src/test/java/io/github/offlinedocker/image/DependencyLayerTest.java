package io.github.offlinedocker.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.offlinedocker.resolve.Closure;
import io.github.offlinedocker.resolve.ResolvedArtifact;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DependencyLayerTest {

    private static ResolvedArtifact artifact(String version, String repositoryId) {
        return artifact("com.acme", "lib", version, repositoryId);
    }

    private static ResolvedArtifact artifact(String groupId, String artifactId, String version, String repositoryId) {
        return new ResolvedArtifact(groupId + ":" + artifactId + ":" + version, groupId, artifactId, version, "",
                "jar", Path.of("/m2", artifactId + ".jar"), repositoryId);
    }

    @Test
    void of_releaseFromCentral_releases() {
        assertEquals(DependencyLayer.RELEASES, DependencyLayer.of(artifact("1.0", "central")));
    }

    @Test
    void of_releaseFromAnotherRepositoryOrInstalled_private() {
        assertEquals(DependencyLayer.PRIVATE, DependencyLayer.of(artifact("1.0", "private-repo")));
        assertEquals(DependencyLayer.PRIVATE, DependencyLayer.of(artifact("1.0", "local")));
    }

    @Test
    void of_snapshotFromAnywhere_snapshots() {
        assertEquals(DependencyLayer.SNAPSHOTS, DependencyLayer.of(artifact("1.0-SNAPSHOT", "central")));
        assertEquals(DependencyLayer.SNAPSHOTS, DependencyLayer.of(artifact("1.0-SNAPSHOT", "private-repo")));
    }

    @Test
    void libraryPaths_uniqueNames_artifactIdAndVersion() {
        assertEquals(Map.of("releases/lib-1.0.jar", Path.of("/m2/lib.jar")),
                DependencyLayer.libraryPaths(List.of(artifact("1.0", "central"))));
    }

    @Test
    void libraryPaths_sameFileName_groupIdPrefixed() {
        assertEquals(Set.of("releases/com.acme.core-1.0.jar", "releases/org.other.core-1.0.jar",
                        "releases/util-2.0.jar"),
                DependencyLayer.libraryPaths(List.of(
                        artifact("com.acme", "core", "1.0", "central"),
                        artifact("org.other", "core", "1.0", "central"),
                        artifact("org.other", "util", "2.0", "central"))).keySet());
    }

    @Test
    void libraryPaths_privateAndSnapshot_ownLayerFolders() {
        ResolvedArtifact snapshot = new ResolvedArtifact("com.acme:next:2.0-20261124.101010-3", "com.acme", "next",
                "2.0-SNAPSHOT", "", "jar", Path.of("/m2/next.jar"), "private-repo");
        assertEquals(Set.of("private/own-1.0.jar", "snapshots/next-2.0-SNAPSHOT.jar"),
                DependencyLayer.libraryPaths(List.of(artifact("com.acme", "own", "1.0", "private-repo"), snapshot))
                        .keySet());
    }

    @Test
    void ofRepositoryFiles_eachArtifactItsLayerVersionListsLast() {
        ResolvedArtifact central = artifact("org.lib", "lib", "1.0", "central");
        ResolvedArtifact own = artifact("com.acme", "own", "1.0", "local");
        Closure closure = new Closure(List.of(central, own), List.of(), List.of(), Set.of("org.lib:lib"));
        assertEquals(Map.of(
                        "org/lib/lib/1.0/lib-1.0.jar", DependencyLayer.RELEASES,
                        "org/lib/lib/maven-metadata-local.xml", DependencyLayer.SNAPSHOTS,
                        "com/acme/own/1.0/own-1.0.jar", DependencyLayer.PRIVATE),
                DependencyLayer.ofRepositoryFiles(closure));
    }
}
