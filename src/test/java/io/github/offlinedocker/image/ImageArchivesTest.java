package io.github.offlinedocker.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.offlinedocker.ConfigurationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageArchivesTest {

    @TempDir
    Path temp;

    /** A tar laid out as 'docker save' writes one: a layer, then manifest.json naming the tags. */
    private Path archive(String name, String manifest) throws IOException {
        Path file = temp.resolve(name);
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(Files.newOutputStream(file))) {
            entry(tar, "blobs/sha256/0a", "layer");
            if (manifest != null) {
                entry(tar, "manifest.json", manifest);
            }
        }
        return file;
    }

    private static void entry(TarArchiveOutputStream tar, String name, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(bytes.length);
        tar.putArchiveEntry(entry);
        tar.write(bytes);
        tar.closeArchiveEntry();
    }

    @Test
    void holding_theArchiveWhoseManifestNamesTheTag() throws Exception {
        Path jre = archive("jre.tar", "[{\"Config\":\"c.json\",\"RepoTags\":[\"team/jre:17\",\"team/jre:latest\"]}]");
        Path debian = archive("debian.tar", "[{\"RepoTags\":[\"debian:bookworm\"]}]");
        ImageArchives archives = new ImageArchives(List.of(jre, debian));

        assertEquals(Optional.of(jre), archives.holding("team/jre:17"));
        assertEquals(Optional.of(jre), archives.holding("team/jre"));
        assertEquals(Optional.of(debian), archives.holding("debian:bookworm"));
        assertEquals(Optional.empty(), archives.holding("debian:trixie"));
    }

    @Test
    void holding_absentFile_failsNamingItAndHowToWriteIt() {
        Path missing = temp.resolve("none.tar");
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> new ImageArchives(List.of(missing)).holding("team/jre:17"));
        assertTrue(e.getMessage().contains("<baseImageArchives> " + missing + " does not exist"), e.getMessage());
        assertTrue(e.getMessage().contains("docker save -o " + missing), e.getMessage());
    }

    @Test
    void holding_tarWithoutManifest_failsSayingItIsNotDockerSaveOutput() throws IOException {
        Path plain = archive("plain.tar", null);
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> new ImageArchives(List.of(plain)).holding("team/jre:17"));
        assertTrue(e.getMessage().contains("has no manifest.json"), e.getMessage());
    }

    @Test
    void holding_noArchives_readsNothing() throws Exception {
        assertEquals(Optional.empty(), new ImageArchives(List.of()).holding("team/jre:17"));
    }
}
