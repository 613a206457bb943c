package io.github.offlinedocker.resolve;

import io.github.offlinedocker.FileTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a Maven repository that offline Maven accepts with no settings at all.
 *
 * <p>It is clean by construction rather than by deletion: only artifact files are written, under the paths of
 * a locally installed artifact, plus version lists made from them (see {@link MetadataWriter}), so none of {@code _remote.repositories}, {@code *.lastUpdated},
 * {@code resolver-status.properties}, {@code .part} or lock files (which can hold repository ids, URLs, error
 * texts and passwords written in URLs) can enter it.
 *
 * <p>The new repository is written beside the old one and swapped in only when complete, so a failure never
 * leaves a half-written repository or loses the previous good one. A run killed mid-swap (Ctrl-C, a killed
 * JVM: no {@code finally} runs then) is completed by the next one, see {@link #recover}.
 */
public final class OfflineRepositoryWriter {

    /**
     * Puts back what a run killed during {@link #write} left: the previous repository when it was moved aside
     * but not yet replaced, and no staging folder.
     */
    public void recover(Path directory) throws IOException {
        Path previous = previousOf(directory);
        if (!Files.exists(directory) && Files.isDirectory(previous)) {
            Files.move(previous, directory, StandardCopyOption.ATOMIC_MOVE);
        }
        FileTree.deleteRecursively(previous);
        FileTree.deleteRecursively(stagingOf(directory));
    }

    /** Writes {@code closure} into {@code directory}, replacing what was there only once all is written. */
    public void write(Closure closure, Path directory) throws IOException {
        Path staging = stagingOf(directory);
        FileTree.deleteRecursively(staging);
        try {
            for (ResolvedArtifact artifact : closure.artifacts()) {
                FileTree.linkOrCopy(artifact.file(), staging.resolve(artifact.repositoryPath()));
            }
            writeVersionLists(closure, staging);
            swapIn(staging, directory);
        } finally {
            FileTree.deleteRecursively(staging);
        }
    }

    private static void writeVersionLists(Closure closure, Path staging) throws IOException {
        Map<String, List<ResolvedArtifact>> byKey = closure.artifacts().stream()
                .collect(Collectors.groupingBy(a -> a.groupId() + ":" + a.artifactId()));
        for (String key : closure.versionLists()) {
            List<ResolvedArtifact> held = byKey.get(key);
            if (held == null) {
                continue;
            }
            ResolvedArtifact any = held.get(0);
            Path file = staging.resolve(any.versionListPath());
            Files.createDirectories(file.getParent());
            Files.writeString(file, MetadataWriter.versionList(any.groupId(), any.artifactId(),
                    held.stream().map(ResolvedArtifact::baseVersion).toList()), StandardCharsets.UTF_8);
        }
    }

    private static void swapIn(Path staging, Path directory) throws IOException {
        Path previous = previousOf(directory);
        FileTree.deleteRecursively(previous);
        if (Files.exists(directory)) {
            Files.move(directory, previous, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, directory, StandardCopyOption.ATOMIC_MOVE);
        FileTree.deleteRecursively(previous);
    }

    private static Path stagingOf(Path directory) {
        return FileTree.sibling(directory, ".partial");
    }

    private static Path previousOf(Path directory) {
        return FileTree.sibling(directory, ".previous");
    }
}
