package io.github.offlinedocker.image;

import io.github.offlinedocker.FileTree;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
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
        Files.createDirectories(tarFile.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(tarFile)) {
            write(directory, out);
        } catch (IOException e) {
            throw FileTree.naming(tarFile, e);
        }
    }

    /** Writes the tar of everything below {@code directory} to {@code out}. */
    public void write(Path directory, OutputStream out) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(directory)) {
            paths = walk.filter(p -> !p.equals(directory)).filter(p -> !Files.isSymbolicLink(p))
                    .sorted((a, b) -> name(directory, a).compareTo(name(directory, b)))
                    .toList();
        }
        TarArchiveOutputStream tar = new TarArchiveOutputStream(out);
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        for (Path path : paths) {
            boolean isDirectory = Files.isDirectory(path);
            TarArchiveEntry entry = new TarArchiveEntry(name(directory, path) + (isDirectory ? "/" : ""));
            entry.setModTime(FIXED_TIME);
            entry.setIds(0, 0);
            entry.setNames("", "");
            if (isDirectory) {
                entry.setMode(TarArchiveEntry.DEFAULT_DIR_MODE);
                tar.putArchiveEntry(entry);
            } else {
                entry.setMode(Files.isExecutable(path) ? 0100755 : 0100644);
                entry.setSize(Files.size(path));
                tar.putArchiveEntry(entry);
                Files.copy(path, tar);
            }
            tar.closeArchiveEntry();
        }
        tar.finish();
    }

    private static String name(Path directory, Path path) {
        return directory.relativize(path).toString().replace('\\', '/');
    }
}
