package io.github.offlinedocker.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ResolvedArtifactTest {

    static ResolvedArtifact artifact(String groupId, String artifactId, String version, String classifier,
            String extension) {
        return new ResolvedArtifact(groupId + ":" + artifactId + ":" + version, groupId, artifactId, version,
                classifier, extension, Path.of("/m2", artifactId + "." + extension), "central");
    }

    @Test
    void repositoryPath_release() {
        assertEquals("org/apache/commons/commons-lang3/3.14.0/commons-lang3-3.14.0.jar",
                artifact("org.apache.commons", "commons-lang3", "3.14.0", "", "jar").repositoryPath());
    }

    @Test
    void repositoryPath_classifierAndSnapshotBaseVersion() {
        assertEquals("com/acme/lib/1.0-SNAPSHOT/lib-1.0-SNAPSHOT-tests.jar",
                artifact("com.acme", "lib", "1.0-SNAPSHOT", "tests", "jar").repositoryPath());
    }

    @Test
    void fileName_distribution() {
        assertEquals("apache-maven-3.8.7-bin.tar.gz",
                artifact("org.apache.maven", "apache-maven", "3.8.7", "bin", "tar.gz").fileName());
    }

    @Test
    void isJar_onlyForJarExtension() {
        assertTrue(artifact("g", "a", "1", "", "jar").isJar());
        assertFalse(artifact("g", "a", "1", "", "pom").isJar());
    }
}
