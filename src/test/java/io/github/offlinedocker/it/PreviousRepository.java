package io.github.offlinedocker.it;

import io.github.offlinedocker.FileTree;
import io.github.offlinedocker.resolve.Closure;
import io.github.offlinedocker.resolve.ClosureLock;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A previous, good offline repository that a fault IT plants before a build that must fail, and then finds as
 * it was: a failure may never lose or half-replace what the last good run left.
 */
public final class PreviousRepository {

    private static final String FILE = "com/example/previous/1.0/previous-1.0.jar";
    private static final String CONTENT = "the previous good offline repository";

    private PreviousRepository() {}

    /**
     * Writes the previous repository into {@code repository}, e.g. a project's {@code target/offline-repo}, with
     * the lock beside it that marks it as the plugin's.
     */
    public static void plant(File repository) throws IOException {
        Path file = repository.toPath().resolve(FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, CONTENT, StandardCharsets.UTF_8);
        ClosureLock.of(new Closure(List.of(), List.of(), List.of(), Set.of()))
                .write(FileTree.sibling(repository.toPath(), ".lock"));
    }

    /**
     * Fails unless the repository holds exactly the planted file, unchanged, and no staging or swap folder of
     * an unfinished write is left beside it.
     */
    public static void assertUnchanged(File repositoryDirectory) throws IOException {
        Path repository = repositoryDirectory.toPath();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(repository)) {
            files = walk.filter(Files::isRegularFile).map(repository::relativize).toList();
        }
        Path planted = Path.of(FILE);
        if (!files.equals(List.of(planted))) {
            throw new AssertionError("The previous offline repository changed: it now holds " + files);
        }
        String content = Files.readString(repository.resolve(planted), StandardCharsets.UTF_8);
        if (!content.equals(CONTENT)) {
            throw new AssertionError("The previous offline repository's file now reads '" + content + "'");
        }
        for (String suffix : List.of(".partial", ".previous")) {
            Path leftover = repository.resolveSibling(repository.getFileName() + suffix);
            if (Files.exists(leftover)) {
                throw new AssertionError("An unfinished write left " + leftover);
            }
        }
    }
}
