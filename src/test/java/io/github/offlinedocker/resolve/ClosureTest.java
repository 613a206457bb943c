package io.github.offlinedocker.resolve;

import static io.github.offlinedocker.resolve.ResolvedArtifactTest.artifact;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClosureTest {

    @Test
    void runtimeLibraries_uniqueNames_artifactIdAndVersion() {
        Closure closure = new Closure(List.of(), List.of(artifact("com.acme", "lib", "1.0", "", "jar")), List.of(), Set.of());
        assertEquals(Set.of("releases/lib-1.0.jar"), closure.runtimeLibraries().keySet());
    }

    @Test
    void runtimeLibraries_sameFileName_groupIdPrefixed() {
        Closure closure = new Closure(List.of(), List.of(
                artifact("com.acme", "core", "1.0", "", "jar"),
                artifact("org.other", "core", "1.0", "", "jar"),
                artifact("org.other", "util", "2.0", "", "jar")), List.of(), Set.of());
        assertEquals(Set.of("releases/com.acme.core-1.0.jar", "releases/org.other.core-1.0.jar",
                        "releases/util-2.0.jar"),
                closure.runtimeLibraries().keySet());
    }

    @Test
    void runtimeLibraries_privateAndSnapshot_ownLayerFolders() {
        ResolvedArtifact own = new ResolvedArtifact("com.acme:own:1.0", "com.acme", "own", "1.0", "", "jar",
                Path.of("/m2/own.jar"), "private-repo");
        ResolvedArtifact snapshot = new ResolvedArtifact("com.acme:next:2.0-20261124.101010-3", "com.acme", "next",
                "2.0-SNAPSHOT", "", "jar", Path.of("/m2/next.jar"), "private-repo");
        Closure closure = new Closure(List.of(own, snapshot), List.of(own, snapshot), List.of(), Set.of());
        assertEquals(Set.of("private/own-1.0.jar", "snapshots/next-2.0-SNAPSHOT.jar"), closure.runtimeLibraries().keySet());
    }

    @Test
    void repositoryLayers_eachArtifactItsLayerVersionListsLast() {
        ResolvedArtifact central = artifact("org.lib", "lib", "1.0", "", "jar");
        ResolvedArtifact own = new ResolvedArtifact("com.acme:own:1.0", "com.acme", "own", "1.0", "", "jar",
                Path.of("/m2/own.jar"), "local");
        Closure closure = new Closure(List.of(central, own), List.of(), List.of(), Set.of("org.lib:lib"));
        assertEquals(Map.of(
                        "org/lib/lib/1.0/lib-1.0.jar", DependencyLayer.RELEASES,
                        "org/lib/lib/maven-metadata-local.xml", DependencyLayer.SNAPSHOTS,
                        "com/acme/own/1.0/own-1.0.jar", DependencyLayer.PRIVATE),
                closure.repositoryLayers());
    }
}
