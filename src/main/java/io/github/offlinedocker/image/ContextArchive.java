package io.github.offlinedocker.image;

import io.github.offlinedocker.FileTree;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Packs a build context into the tar the Docker API takes. The same files give the same bytes: entries are
 * sorted, owners, times and modes fixed, so the engine's layer cache hits whenever the inputs are unchanged.
 */
public final class ContextArchive {

    /** 1980-01-01T00:00:00Z: a fixed time that no tool treats as "unset". */
    static final FileTime FIXED_TIME = FileTime.fromMillis(315_532_800_000L);

    /** Writes the tar of everything below {@code directory} to {@code tarFile}. */
    public void write(Path directory, Path tarFile) throws IOException {
        writeTo(tarFile, out -> write(directory, out));
    }

    /** Writes the tar of everything below {@code directory} to {@code out}. */
    public void write(Path directory, OutputStream out) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(directory)) {
            paths = walk.filter(p -> !p.equals(directory)).filter(p -> !Files.isSymbolicLink(p))
                    .sorted((a, b) -> name(directory, a).compareTo(name(directory, b)))
                    .toList();
        }
        TarArchiveOutputStream tar = open(out);
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                putFolder(tar, name(directory, path) + "/", 0, 0);
            } else {
                putFile(tar, name(directory, path), path, 0, 0);
            }
        }
        tar.finish();
    }

    /**
     * Writes the tar of {@code files}, each under its name, with the folders above them, in the names' order, to
     * {@code tarFile}, all owned by {@code uid} and {@code gid}: {@code ADD} unpacks a tar with its owners.
     */
    public void write(SortedMap<String, Path> files, int uid, int gid, Path tarFile) throws IOException {
        // A folder's name, ending in '/', sorts before everything in it.
        SortedMap<String, Path> entries = new TreeMap<>(files);
        for (String name : files.keySet()) {
            for (int slash = name.indexOf('/'); slash > 0; slash = name.indexOf('/', slash + 1)) {
                entries.put(name.substring(0, slash + 1), null);
            }
        }
        writeTo(tarFile, out -> {
            TarArchiveOutputStream tar = open(out);
            for (Map.Entry<String, Path> entry : entries.entrySet()) {
                if (entry.getValue() == null) {
                    putFolder(tar, entry.getKey(), uid, gid);
                } else {
                    putFile(tar, entry.getKey(), entry.getValue(), uid, gid);
                }
            }
            tar.finish();
        });
    }

    private static void writeTo(Path tarFile, TarWriter writer) throws IOException {
        Files.createDirectories(tarFile.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(tarFile)) {
            writer.write(out);
        } catch (IOException e) {
            throw FileTree.naming(tarFile, e);
        }
    }

    private static TarArchiveOutputStream open(OutputStream out) {
        TarArchiveOutputStream tar = new TarArchiveOutputStream(out);
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        return tar;
    }

    private static void putFolder(TarArchiveOutputStream tar, String name, int uid, int gid) throws IOException {
        TarArchiveEntry entry = entry(name);
        entry.setMode(TarArchiveEntry.DEFAULT_DIR_MODE);
        entry.setIds(uid, gid);
        tar.putArchiveEntry(entry);
        tar.closeArchiveEntry();
    }

    private static void putFile(TarArchiveOutputStream tar, String name, Path file, int uid, int gid)
            throws IOException {
        TarArchiveEntry entry = entry(name);
        entry.setIds(uid, gid);
        entry.setMode(Files.isExecutable(file) ? 0100755 : 0100644);
        entry.setSize(Files.size(file));
        tar.putArchiveEntry(entry);
        Files.copy(file, tar);
        tar.closeArchiveEntry();
    }

    /** An entry with the fixed owner and time. */
    private static TarArchiveEntry entry(String name) {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setModTime(FIXED_TIME);
        entry.setIds(0, 0);
        entry.setNames("", "");
        return entry;
    }

    /** Writes a tar to a stream. */
    @FunctionalInterface
    private interface TarWriter {
        void write(OutputStream out) throws IOException;
    }

    private static String name(Path directory, Path path) {
        return directory.relativize(path).toString().replace('\\', '/');
    }
}
