package io.github.offlinedocker.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContextArchiveTest {

    @TempDir
    Path temp;

    private byte[] archive(Path directory) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ContextArchive().write(directory, out);
        return out.toByteArray();
    }

    private Path context(String name, long mtime) throws IOException {
        Path dir = temp.resolve(name);
        Files.createDirectories(dir.resolve("b/deep"));
        Files.writeString(dir.resolve("b/deep/file.txt"), "content");
        Files.writeString(dir.resolve("a.txt"), "a");
        Files.writeString(dir.resolve("Dockerfile"), "FROM x\n");
        for (Path p : List.of(dir.resolve("a.txt"), dir.resolve("b/deep/file.txt"), dir.resolve("Dockerfile"))) {
            Files.setLastModifiedTime(p, FileTime.fromMillis(mtime));
        }
        return dir;
    }

    @Test
    void write_sameFilesDifferentTimesAndOrder_identicalBytes() throws IOException {
        assertArrayEquals(archive(context("one", 1_000_000L)), archive(context("two", 2_000_000_000L)));
    }

    @Test
    void write_sortedEntriesWithFixedOwnerTimeAndMode() throws IOException {
        List<String> names = new ArrayList<>();
        try (TarArchiveInputStream tar =
                new TarArchiveInputStream(new ByteArrayInputStream(archive(context("c", 5L))))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextTarEntry()) != null) {
                names.add(entry.getName());
                assertEquals(ContextArchive.FIXED_TIME.toMillis(), entry.getModTime().getTime());
                assertEquals(0, entry.getLongUserId());
                assertEquals(entry.isDirectory() ? 040755 : 0100644, entry.getMode());
            }
        }
        assertEquals(List.of("Dockerfile", "a.txt", "b/", "b/deep/", "b/deep/file.txt"), names);
    }

    @Test
    void write_files_eachUnderItsNameInOrderWithTheirFoldersAndOwner() throws IOException {
        Path one = context("one", 1_000_000L);
        Path two = context("two", 2_000_000_000L);
        Path firstTar = temp.resolve("first.tar");
        Path secondTar = temp.resolve("second.tar");

        new ContextArchive().write(new TreeMap<>(Map.of("b/deep/file.txt", one.resolve("b/deep/file.txt"),
                "a.txt", one.resolve("a.txt"))), 65532, 1000, firstTar);
        new ContextArchive().write(new TreeMap<>(Map.of("a.txt", two.resolve("a.txt"),
                "b/deep/file.txt", two.resolve("b/deep/file.txt"))), 65532, 1000, secondTar);

        assertArrayEquals(Files.readAllBytes(firstTar), Files.readAllBytes(secondTar));
        List<String> names = new ArrayList<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(Files.newInputStream(firstTar))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextTarEntry()) != null) {
                names.add(entry.getName() + "=" + new String(tar.readAllBytes(), StandardCharsets.UTF_8));
                assertEquals(ContextArchive.FIXED_TIME.toMillis(), entry.getModTime().getTime());
                assertEquals(65532L, entry.getLongUserId(), entry.getName());
                assertEquals(1000L, entry.getLongGroupId(), entry.getName());
            }
        }
        assertEquals(List.of("a.txt=a", "b/=", "b/deep/=", "b/deep/file.txt=content"), names);
    }
}
