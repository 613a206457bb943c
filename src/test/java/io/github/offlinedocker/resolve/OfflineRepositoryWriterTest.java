package io.github.offlinedocker.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfflineRepositoryWriterTest {

    @TempDir
    Path temp;

    private ResolvedArtifact artifactIn(Path hostRepository, String artifactId, String content) throws IOException {
        Path file = hostRepository.resolve(artifactId + "-1.0.jar");
        Files.createDirectories(hostRepository);
        Files.writeString(file, content);
        return new ResolvedArtifact("com.acme:" + artifactId + ":1.0", "com.acme", artifactId, "1.0", "", "jar",
                file, "private-repo");
    }

    /** Writes {@code content} to {@code relative} below the temporary folder, with its parent folders. */
    private void file(String relative, String content) throws IOException {
        Path file = temp.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static Closure closure(ResolvedArtifact... artifacts) {
        return new Closure(List.of(artifacts), List.of(), List.of(), Set.of());
    }

    @Test
    void write_versionListRead_localMetadataOfHeldVersions() throws IOException {
        Path host = temp.resolve("m2");
        Path offline = temp.resolve("offline-repo");
        ResolvedArtifact lib = artifactIn(host, "lib", "bytes");
        ResolvedArtifact other = artifactIn(host, "other", "bytes");

        new OfflineRepositoryWriter().write(
                new Closure(List.of(lib, other), List.of(), List.of(), Set.of("com.acme:lib", "com.acme:absent")), offline);

        String metadata = Files.readString(offline.resolve("com/acme/lib/maven-metadata-local.xml"));
        assertTrue(metadata.contains("<versions>\n      <version>1.0</version>\n    </versions>"), metadata);
        assertFalse(Files.exists(offline.resolve("com/acme/other/maven-metadata-local.xml")));
        assertFalse(Files.exists(offline.resolve("com/acme/absent")));
    }

    @Test
    void write_artifactsAtLocalPaths_nothingElse() throws IOException {
        Path host = temp.resolve("m2");
        Files.createDirectories(host);
        Files.writeString(host.resolve("_remote.repositories"), "lib-1.0.jar>private-repo=");
        Path offline = temp.resolve("offline-repo");

        new OfflineRepositoryWriter().write(closure(artifactIn(host, "lib", "bytes")), offline);

        assertEquals("bytes", Files.readString(offline.resolve("com/acme/lib/1.0/lib-1.0.jar")));
        try (var files = Files.walk(offline)) {
            assertEquals(1, files.filter(Files::isRegularFile).count());
        }
        assertFalse(Files.exists(temp.resolve("offline-repo.partial")));
    }

    @Test
    void write_replacesPreviousRepository() throws IOException {
        Path offline = temp.resolve("offline-repo");
        Path host = temp.resolve("m2");
        new OfflineRepositoryWriter().write(closure(artifactIn(host, "old", "1")), offline);
        new OfflineRepositoryWriter().write(closure(artifactIn(host, "new", "2")), offline);

        assertFalse(Files.exists(offline.resolve("com/acme/old")));
        assertEquals("2", Files.readString(offline.resolve("com/acme/new/1.0/new-1.0.jar")));
    }

    @Test
    void write_failure_keepsPreviousRepositoryUnchanged() throws IOException {
        Path offline = temp.resolve("offline-repo");
        Path host = temp.resolve("m2");
        new OfflineRepositoryWriter().write(closure(artifactIn(host, "good", "1")), offline);
        ResolvedArtifact vanished = new ResolvedArtifact("com.acme:gone:1.0", "com.acme", "gone", "1.0", "", "jar",
                host.resolve("does-not-exist.jar"), "private-repo");

        assertThrows(IOException.class, () -> new OfflineRepositoryWriter()
                .write(closure(artifactIn(host, "next", "2"), vanished), offline));

        assertEquals("1", Files.readString(offline.resolve("com/acme/good/1.0/good-1.0.jar")));
        assertFalse(Files.exists(offline.resolve("com/acme/next")));
        assertFalse(Files.exists(temp.resolve("offline-repo.partial")));
    }

    @Test
    void recover_killedMidSwap_putsPreviousRepositoryBack() throws IOException {
        Path offline = temp.resolve("offline-repo");
        file("offline-repo.previous/com/acme/good.jar", "good");
        file("offline-repo.partial/com/acme/half.jar", "half");

        new OfflineRepositoryWriter().recover(offline);

        assertEquals("good", Files.readString(offline.resolve("com/acme/good.jar")));
        assertFalse(Files.exists(temp.resolve("offline-repo.previous")));
        assertFalse(Files.exists(temp.resolve("offline-repo.partial")));
    }

    @Test
    void recover_killedAfterSwap_keepsNewRepositoryDropsPrevious() throws IOException {
        Path offline = temp.resolve("offline-repo");
        file("offline-repo/new.jar", "new");
        file("offline-repo.previous/old.jar", "old");

        new OfflineRepositoryWriter().recover(offline);

        assertEquals("new", Files.readString(offline.resolve("new.jar")));
        assertFalse(Files.exists(temp.resolve("offline-repo.previous")));
    }
}
