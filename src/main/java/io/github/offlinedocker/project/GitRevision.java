package io.github.offlinedocker.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/** The commit checked out in a directory's git repository, read from the repository's files (no git needed). */
final class GitRevision {

    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}([0-9a-f]{24})?");

    private GitRevision() {}

    /** The commit of {@code HEAD} of the repository holding {@code directory}; empty outside git or when unreadable. */
    static Optional<String> of(Path directory) {
        try {
            for (Path current = directory.toAbsolutePath(); current != null; current = current.getParent()) {
                Path dotGit = current.resolve(".git");
                if (Files.isDirectory(dotGit)) {
                    return head(dotGit);
                }
                if (Files.isRegularFile(dotGit)) {
                    // A worktree or submodule: ".git" names the real git directory.
                    String pointer = read(dotGit);
                    if (pointer.startsWith("gitdir:")) {
                        return head(current.resolve(pointer.substring("gitdir:".length()).trim()));
                    }
                    return Optional.empty();
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<String> head(Path gitDirectory) throws IOException {
        String head = read(gitDirectory.resolve("HEAD"));
        if (!head.startsWith("ref:")) {
            return commit(head);
        }
        String ref = head.substring("ref:".length()).trim();
        // A worktree keeps its HEAD but shares the refs of the main repository, named in "commondir".
        Path common = Files.isRegularFile(gitDirectory.resolve("commondir"))
                ? gitDirectory.resolve(read(gitDirectory.resolve("commondir")))
                : gitDirectory;
        for (Path refs : new Path[] {gitDirectory, common}) {
            Path loose = refs.resolve(ref);
            if (Files.isRegularFile(loose)) {
                return commit(read(loose));
            }
        }
        Path packed = common.resolve("packed-refs");
        if (Files.isRegularFile(packed)) {
            for (String line : Files.readAllLines(packed, StandardCharsets.UTF_8)) {
                if (line.endsWith(" " + ref)) {
                    return commit(line.substring(0, line.indexOf(' ')));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> commit(String value) {
        return COMMIT.matcher(value).matches() ? Optional.of(value) : Optional.empty();
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8).trim();
    }
}
