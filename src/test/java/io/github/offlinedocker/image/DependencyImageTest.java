package io.github.offlinedocker.image;

import static io.github.offlinedocker.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DependencyImageTest {

    @TempDir
    Path temp;

    private Path repository;
    private Path bigJar;
    private Path metadata;
    private ContextSources sources;

    @BeforeEach
    void sources() throws IOException {
        repository = temp.resolve("offline-repo");
        bigJar = repository.resolve("g/big/1/big-1.jar");
        Files.createDirectories(bigJar.getParent());
        Files.write(bigJar, new byte[100_000]);
        metadata = repository.resolve("g/big/maven-metadata-local.xml");
        write(metadata, "<metadata>1</metadata>");
        sources = new ContextSources(temp, new TreeMap<>(), Map.of(), repository,
                Map.of("g/big/1/big-1.jar", DependencyLayer.RELEASES),
                MavenDistributionTest.distribution(temp.resolve("maven.tar.gz")), Map.of(), Map.of(), "{}");
    }

    private DependencyImage image(String dockerfile, String base, String platform) throws IOException {
        return DependencyImage.of("offline-docker-dependencies/app", dockerfile, base, platform,
                DependencyImage.dependenciesDigest(sources));
    }

    @Test
    void of_sameInputs_sameTag() throws IOException {
        DependencyImage image = image("FROM jdk", "sha256:1", null);

        assertEquals(image, image("FROM jdk", "sha256:1", null));
        assertEquals("offline-docker-dependencies/app:" + image.tag(), image.reference());
        assertEquals(24, image.tag().length());
    }

    @Test
    void of_smallFileRewrittenUnchanged_sameTag() throws IOException {
        DependencyImage before = image("FROM jdk", "sha256:1", null);
        write(metadata, "<metadata>1</metadata>");
        Files.setLastModifiedTime(metadata, FileTime.fromMillis(0));

        assertEquals(before, image("FROM jdk", "sha256:1", null));
    }

    @Test
    void of_anyInputChanged_otherTag() throws IOException {
        DependencyImage before = image("FROM jdk", "sha256:1", null);

        assertNotEquals(before, image("FROM jdk\nCOPY x y", "sha256:1", null));
        assertNotEquals(before, image("FROM jdk", "sha256:2", null));
        assertNotEquals(before, image("FROM jdk", "sha256:1", "linux/arm64"));
        write(metadata, "<metadata>2</metadata>");
        DependencyImage newMetadata = image("FROM jdk", "sha256:1", null);
        assertNotEquals(before, newMetadata);
        // A large file replaced by another shows in its modification time.
        Files.setLastModifiedTime(bigJar, FileTime.fromMillis(Files.getLastModifiedTime(bigJar).toMillis() - 5_000));
        assertNotEquals(newMetadata, image("FROM jdk", "sha256:1", null));
    }

    @Test
    void of_largeFileTheLockKnows_byItsSha256_notItsTime() throws IOException {
        ContextSources locked = new ContextSources(temp, new TreeMap<>(), Map.of(), repository,
                Map.of("g/big/1/big-1.jar", DependencyLayer.RELEASES), sources.mavenDistribution(), Map.of(),
                Map.of(bigJar, "ab".repeat(32)), "{}");
        String before = DependencyImage.dependenciesDigest(locked);
        // Another machine's copy of the same artifact: downloaded at another time.
        Files.setLastModifiedTime(bigJar, FileTime.fromMillis(Files.getLastModifiedTime(bigJar).toMillis() - 5_000));
        assertEquals(before, DependencyImage.dependenciesDigest(locked));

        ContextSources relocked = new ContextSources(temp, new TreeMap<>(), Map.of(), repository,
                Map.of("g/big/1/big-1.jar", DependencyLayer.RELEASES), sources.mavenDistribution(), Map.of(),
                Map.of(bigJar, "cd".repeat(32)), "{}");
        assertNotEquals(before, DependencyImage.dependenciesDigest(relocked));
    }
}
