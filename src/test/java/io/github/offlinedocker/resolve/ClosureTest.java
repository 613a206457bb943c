package io.github.offlinedocker.resolve;

import static io.github.offlinedocker.resolve.ResolvedArtifactTest.artifact;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClosureTest {

    @Test
    void runtimeLibraries_uniqueNames_artifactIdAndVersion() {
        Closure closure = new Closure(List.of(), List.of(artifact("com.acme", "lib", "1.0", "", "jar")), List.of(), Set.of());
        assertEquals(Set.of("lib-1.0.jar"), closure.runtimeLibraries().keySet());
    }

    @Test
    void runtimeLibraries_sameFileName_groupIdPrefixed() {
        Closure closure = new Closure(List.of(), List.of(
                artifact("com.acme", "core", "1.0", "", "jar"),
                artifact("org.other", "core", "1.0", "", "jar"),
                artifact("org.other", "util", "2.0", "", "jar")), List.of(), Set.of());
        assertEquals(Set.of("com.acme.core-1.0.jar", "org.other.core-1.0.jar", "util-2.0.jar"),
                closure.runtimeLibraries().keySet());
    }
}
