package io.github.offlinedocker.resolve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MavenCoreArtifactsTest {

    @Test
    void isExported_mavenCoreListsItselfAndTheResolverApi() {
        assertTrue(MavenCoreArtifacts.isExported("org.apache.maven", "maven-core"));
        assertTrue(MavenCoreArtifacts.isExported("org.apache.maven.resolver", "maven-resolver-api"));
    }

    @Test
    void isExported_aPluginsOwnLibrary_not() {
        assertFalse(MavenCoreArtifacts.isExported("org.apache.maven.shared", "maven-dependency-tree"));
        assertFalse(MavenCoreArtifacts.isExported("org.apache.maven.plugins", "maven-jar-plugin"));
    }
}
