package io.github.offlinedocker.resolve;

import io.github.offlinedocker.FileTree;
import io.github.offlinedocker.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The lock file beside the offline repository: every file, its sha256 and the id of the repository it came
 * from, one line each, sorted, so a reviewer can read what enters the image and a diff shows what changed. It
 * stays outside the build context: repository ids are the user's business, not the image's.
 */
public final class ClosureLock {

    private static final String HEADER = "# offline-docker-maven-plugin: the files of the offline repository,"
            + " their sha256 and the repository each came from\n";

    /** Path in the repository to {@code "sha256:<hex> <repositoryId>"}, sorted by path. */
    private final Map<String, String> entries;

    private ClosureLock(Map<String, String> entries) {
        this.entries = entries;
    }

    /** The lock of {@code closure}, hashing each file. */
    public static ClosureLock of(Closure closure) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        for (ResolvedArtifact artifact : closure.artifacts()) {
            entries.put(artifact.repositoryPath(), "sha256:" + Sha256.ofFile(artifact.file()) + " " + artifact.repositoryId());
        }
        return new ClosureLock(entries);
    }

    /** The lock file beside the offline repository {@code repository}. */
    public static Path fileOf(Path repository) {
        return FileTree.sibling(repository, ".lock");
    }

    /**
     * The sha256 (hex) of each artifact of {@code closure} this lock lists, by both files that hold it: its own
     * (in the local repository) and its copy in the offline repository {@code repository}.
     */
    public Map<Path, String> sha256ByFile(Closure closure, Path repository) {
        Map<Path, String> digests = new HashMap<>();
        for (Locked locked : locked(closure.artifacts())) {
            digests.put(locked.artifact().file(), locked.sha256());
            digests.put(repository.resolve(locked.artifact().repositoryPath()), locked.sha256());
        }
        return digests;
    }

    /** One artifact as the lock lists it: its sha256 (hex) and the id of the repository it came from. */
    public record Locked(ResolvedArtifact artifact, String sha256, String repositoryId) {}

    /** Each of {@code artifacts} this lock lists, in their order. */
    public List<Locked> locked(List<ResolvedArtifact> artifacts) {
        List<Locked> locked = new ArrayList<>();
        for (ResolvedArtifact artifact : artifacts) {
            String entry = entries.get(artifact.repositoryPath());
            if (entry != null && entry.startsWith("sha256:")) {
                String[] hashAndRepository = entry.substring("sha256:".length()).split(" ", 2);
                locked.add(new Locked(artifact, hashAndRepository[0],
                        hashAndRepository.length > 1 ? hashAndRepository[1] : ""));
            }
        }
        return locked;
    }

    /** Whether {@code file} is a lock this plugin wrote. */
    public static boolean isLock(Path file) {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.findFirst().filter(line -> (line + "\n").equals(HEADER)).isPresent();
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** The lock in {@code file}, or an empty one when there is none yet. */
    public static ClosureLock read(Path file) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        if (Files.isRegularFile(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int space = line.indexOf(' ');
                if (!line.startsWith("#") && space > 0) {
                    entries.put(line.substring(0, space), line.substring(space + 1));
                }
            }
        }
        return new ClosureLock(entries);
    }

    /** Writes this lock to {@code file}. */
    public void write(Path file) throws IOException {
        StringBuilder text = new StringBuilder(HEADER);
        entries.forEach((path, hashAndRepository) -> text.append(path).append(' ').append(hashAndRepository).append('\n'));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** What changed from {@code previous} to this lock, one line per file ({@code + path}, {@code - path}, {@code ~ path}). */
    public List<String> changesSince(ClosureLock previous) {
        List<String> changes = new ArrayList<>();
        entries.forEach((path, entry) -> {
            String before = previous.entries.get(path);
            if (before == null) {
                changes.add("+ " + path);
            } else if (!before.equals(entry)) {
                changes.add("~ " + path);
            }
        });
        previous.entries.keySet().stream().filter(path -> !entries.containsKey(path)).forEach(path -> changes.add("- " + path));
        return changes;
    }

    /** Whether this lock lists no file. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
