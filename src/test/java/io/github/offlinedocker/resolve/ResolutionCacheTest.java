package io.github.offlinedocker.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResolutionCacheTest {

    @TempDir
    Path temp;

    private ResolvedArtifact artifact(String artifactId, String extension) throws IOException {
        Path file = temp.resolve("m2").resolve(artifactId + "-1.0." + extension);
        Files.createDirectories(file.getParent());
        Files.writeString(file, artifactId);
        return new ResolvedArtifact("com.acme:" + artifactId + ":" + extension + ":1.0", "com.acme", artifactId, "1.0",
                "", extension, file, "private-repo");
    }

    private Closure closure() throws IOException {
        ResolvedArtifact lib = artifact("lib", "jar");
        ResolvedArtifact pom = artifact("lib", "pom");
        return new Closure(List.of(lib, pom), List.of(lib), List.of("core/target/core-1.0.jar"), Set.of("com.acme:lib"));
    }

    @Test
    void load_sameFingerprint_closureAsStored() throws IOException {
        ResolutionCache cache = new ResolutionCache(temp.resolve("target/offline-repo.resolution"));
        Closure closure = closure();
        cache.store("abc123", closure);
        assertEquals(Optional.of(closure), cache.load("abc123"));
    }

    @Test
    void load_otherFingerprintOrNothingStored_empty() throws IOException {
        ResolutionCache cache = new ResolutionCache(temp.resolve("offline-repo.resolution"));
        assertTrue(cache.load("abc123").isEmpty());
        cache.store("abc123", closure());
        assertTrue(cache.load("def456").isEmpty());
    }

    @Test
    void load_fileGoneFromLocalRepository_empty() throws IOException {
        ResolutionCache cache = new ResolutionCache(temp.resolve("offline-repo.resolution"));
        Closure closure = closure();
        cache.store("abc123", closure);
        Files.delete(closure.artifacts().get(0).file());
        assertTrue(cache.load("abc123").isEmpty());
    }

    @Test
    void clear_storedClosure_notReused() throws IOException {
        ResolutionCache cache = new ResolutionCache(temp.resolve("offline-repo.resolution"));
        cache.store("abc123", closure());
        cache.clear();
        assertTrue(cache.load("abc123").isEmpty());
    }
}
