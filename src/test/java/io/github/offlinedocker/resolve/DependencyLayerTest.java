package io.github.offlinedocker.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DependencyLayerTest {

    private static ResolvedArtifact artifact(String version, String repositoryId) {
        return new ResolvedArtifact("com.acme:lib:" + version, "com.acme", "lib", version, "", "jar",
                Path.of("/m2/lib.jar"), repositoryId);
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
}
