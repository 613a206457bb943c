package io.github.offlinedocker.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MavenDistributionTest {

    @TempDir
    Path temp;

    /** A distribution archive as Apache publishes it: one top folder, {@code bin/mvn} executable. */
    static Path distribution(Path file, String... extraEntries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(out))) {
            add(tar, "apache-maven-3.9.9/bin/mvn", 0100755, "#!/bin/sh\n");
            add(tar, "apache-maven-3.9.9/conf/settings.xml", 0100644, "<settings><!-- defaults --></settings>");
            add(tar, "apache-maven-3.9.9/lib/maven-core.jar", 0100644, "jar");
            for (String entry : extraEntries) {
                add(tar, entry, 0100644, "x");
            }
        }
        return file;
    }

    private static void add(TarArchiveOutputStream tar, String name, int mode, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setMode(mode);
        entry.setSize(bytes.length);
        tar.putArchiveEntry(entry);
        tar.write(bytes);
        tar.closeArchiveEntry();
    }

    @Test
    void unpack_withoutTopFolder_executableKept_offlineSettingsAndLauncher() throws IOException {
        Path target = temp.resolve("context/maven");
        MavenDistribution.unpack(distribution(temp.resolve("maven.tar.gz")), target);

        assertTrue(Files.isExecutable(target.resolve("bin/mvn")));
        assertFalse(Files.isExecutable(target.resolve("lib/maven-core.jar")));
        String settings = Files.readString(target.resolve("conf/settings.xml"));
        assertTrue(settings.contains("<offline>true</offline>"), settings);
        assertTrue(settings.contains("<localRepository>/var/cache/offline-docker/repository</localRepository>"));
        assertTrue(settings.contains("<offline-docker.skip>true</offline-docker.skip>"));
        assertFalse(settings.contains("<server>") || settings.contains("<mirror>"), settings);
        Path launcher = target.resolve("bin/offline-docker-mvn");
        assertTrue(Files.isExecutable(launcher));
        assertTrue(Files.readString(launcher).endsWith("exec \"$(dirname \"$0\")/mvn\" \"$@\"\n"));
    }

    @Test
    void unpack_entryOutsideItsFolder_refused() throws IOException {
        Path archive = distribution(temp.resolve("evil.tar.gz"), "apache-maven-3.9.9/../../escaped.txt");
        IOException e = assertThrows(IOException.class,
                () -> MavenDistribution.unpack(archive, temp.resolve("context/maven")));
        assertTrue(e.getMessage().contains("outside its folder"), e.getMessage());
        assertFalse(Files.exists(temp.resolve("escaped.txt")));
    }

    @Test
    void unpack_sameArchiveTwice_sameFiles() throws IOException {
        Path archive = distribution(temp.resolve("maven.tar.gz"));
        MavenDistribution.unpack(archive, temp.resolve("a"));
        MavenDistribution.unpack(archive, temp.resolve("b"));
        assertEquals(Files.readString(temp.resolve("a/bin/mvn")), Files.readString(temp.resolve("b/bin/mvn")));
    }

    @Test
    void unpack_filesBeyondTheArchive_exactlyItsOwnFiles() throws IOException {
        // The dependency image's tag covers OWN_FILES: a file written beside them would go unnoticed there.
        Path target = temp.resolve("maven");
        MavenDistribution.unpack(distribution(temp.resolve("maven.tar.gz")), target);

        Set<String> written;
        try (Stream<Path> files = Files.walk(target)) {
            written = files.filter(Files::isRegularFile).map(file -> target.relativize(file).toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> expected = new TreeSet<>(Set.of("bin/mvn", "lib/maven-core.jar"));
        expected.addAll(MavenDistribution.OWN_FILES.keySet());
        assertEquals(expected, written);
        for (Map.Entry<String, String> own : MavenDistribution.OWN_FILES.entrySet()) {
            assertEquals(own.getValue(), Files.readString(target.resolve(own.getKey())), own.getKey());
        }
    }
}
