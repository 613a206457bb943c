package io.github.offlinedocker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** File-tree operations the offline repository and the build context share. */
public final class FileTree {

    private FileTree() {}

    /**
     * Hard-links {@code source} to {@code target}, copying when the two are on different file systems. Maven
     * replaces files in its local repository by rename, never in place, so a link cannot change under us.
     */
    public static void linkOrCopy(Path source, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try {
            Files.createLink(target, source);
        } catch (FileSystemException | UnsupportedOperationException e) {
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Links every regular file below {@code source} to the same relative path below {@code target}. */
    public static void linkTree(Path source, Path target) throws IOException {
        for (Path file : regularFiles(source)) {
            linkOrCopy(file, target.resolve(source.relativize(file).toString()));
        }
    }

    /**
     * Copies the allow-listed {@code entries} (files or folders, relative to {@code source}) to the same places
     * below {@code target}, as {@link #entryFiles} lists them.
     */
    public static void copyEntries(Path source, List<String> entries, Path target) throws IOException {
        copyFiles(entryFiles(source, entries), target);
    }

    /** Copies each of {@code files} to its relative path, the key, below {@code target}. */
    public static void copyFiles(Map<String, Path> files, Path target) throws IOException {
        for (Map.Entry<String, Path> file : files.entrySet()) {
            Path to = target.resolve(file.getKey());
            Files.createDirectories(to.getParent());
            Files.copy(file.getValue(), to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    /**
     * The regular files of the allow-listed {@code entries} (files or folders, relative to {@code source}), by
     * their path relative to {@code source} with {@code /} as separator, sorted. Missing entries and symbolic links
     * are skipped: a link could point anywhere.
     */
    public static SortedMap<String, Path> entryFiles(Path source, List<String> entries) throws IOException {
        SortedMap<String, Path> files = new TreeMap<>();
        for (String entry : entries) {
            Path from = source.resolve(entry);
            if (Files.isSymbolicLink(from) || !Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            for (Path file : Files.isRegularFile(from) ? List.of(from) : regularFiles(from)) {
                files.put(source.relativize(file).toString().replace('\\', '/'), file);
            }
        }
        return files;
    }

    /** The regular files below {@code root}, sorted by path; symbolic links are not followed or listed. */
    public static List<Path> regularFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(p -> !Files.isSymbolicLink(p)).sorted().toList();
        }
    }

    /** Writes {@code content} to {@code target}, replacing it; a failure names {@code target}. */
    public static void write(InputStream content, Path target) throws IOException {
        try {
            Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw naming(target, e);
        }
    }

    /** Writes {@code text} to {@code target} in UTF-8, replacing it; a failure names {@code target}. */
    public static void writeString(Path target, String text) throws IOException {
        try {
            Files.writeString(target, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw naming(target, e);
        }
    }

    /**
     * {@code failure}, with {@code file} in its message when it has no path of its own: a failed stream write
     * says only "No space left on device".
     */
    public static IOException naming(Path file, IOException failure) {
        if (failure instanceof FileSystemException) {
            return failure;
        }
        FileSystemException named = new FileSystemException(file.toString(), null, failure.getMessage());
        named.initCause(failure);
        return named;
    }

    /** The file or folder beside {@code path} named as it is plus {@code suffix}, e.g. {@code offline-repo.lock}. */
    public static Path sibling(Path path, String suffix) {
        return path.resolveSibling(path.getFileName() + suffix);
    }

    /** Deletes {@code path} and everything below it; nothing happens when it does not exist. */
    public static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
