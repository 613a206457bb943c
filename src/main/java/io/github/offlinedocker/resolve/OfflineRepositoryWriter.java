package io.github.offlinedocker.resolve;

import io.github.offlinedocker.FileTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;

/**
 * Writes a Maven repository that offline Maven accepts with no settings at all.
 *
 * <p>It is clean by construction rather than by deletion: only artifact files are written, under the paths of
 * a locally installed artifact, so none of {@code _remote.repositories}, {@code *.lastUpdated},
 * {@code resolver-status.properties}, {@code .part} or lock files (which can hold repository ids, URLs, error
 * texts and passwords written in URLs) can enter it.
 *
 * <p>The new repository is written beside the old one and swapped in only when complete, so a failure never
 * leaves a half-written repository or loses the previous good one.
 */
public final class OfflineRepositoryWriter {

    /** Writes {@code artifacts} into {@code directory}, replacing what was there only once all are written. */
    public void write(Collection<ResolvedArtifact> artifacts, Path directory) throws IOException {
        Path staging = directory.resolveSibling(directory.getFileName() + ".partial");
        FileTree.deleteRecursively(staging);
        try {
            for (ResolvedArtifact artifact : artifacts) {
                FileTree.linkOrCopy(artifact.file(), staging.resolve(artifact.repositoryPath()));
            }
            swapIn(staging, directory);
        } finally {
            FileTree.deleteRecursively(staging);
        }
    }

    private static void swapIn(Path staging, Path directory) throws IOException {
        Path previous = directory.resolveSibling(directory.getFileName() + ".previous");
        FileTree.deleteRecursively(previous);
        if (Files.exists(directory)) {
            Files.move(directory, previous, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, directory, StandardCopyOption.ATOMIC_MOVE);
        FileTree.deleteRecursively(previous);
    }
}
