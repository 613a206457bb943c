package io.github.offlinedocker.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.offlinedocker.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClosureLockTest {

    @TempDir
    Path temp;

    private ResolvedArtifact artifact(String artifactId, String content, String repositoryId) throws IOException {
        Path file = Files.writeString(temp.resolve(artifactId + "-" + content + ".jar"), content);
        return new ResolvedArtifact("com.acme:" + artifactId + ":1.0", "com.acme", artifactId, "1.0", "", "jar", file,
                repositoryId);
    }

    private static Closure closure(ResolvedArtifact... artifacts) {
        return new Closure(List.of(artifacts), List.of(), List.of(), Set.of());
    }

    @Test
    void write_sortedLinesWithSha256AndRepository() throws IOException {
        Path lockFile = temp.resolve("offline-repo.lock");
        ClosureLock.of(closure(artifact("zeta", "z", "central"), artifact("alpha", "abc", "private-repo")))
                .write(lockFile);

        List<String> lines = Files.readAllLines(lockFile);
        assertTrue(lines.get(0).startsWith("# "));
        assertEquals(List.of(
                "com/acme/alpha/1.0/alpha-1.0.jar"
                        + " sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad private-repo",
                "com/acme/zeta/1.0/zeta-1.0.jar"
                        + " sha256:594e519ae499312b29433b7dd8a97ff068defcba9755b6d5d00e84c524d67b06 central"),
                lines.subList(1, lines.size()));
    }

    @Test
    void locked_asTheWrittenLockKeepsThem_unlistedLeftOut() throws IOException {
        Path lockFile = temp.resolve("offline-repo.lock");
        ResolvedArtifact alpha = artifact("alpha", "abc", "private-repo");
        ClosureLock.of(closure(alpha)).write(lockFile);
        ResolvedArtifact unlisted = artifact("unlisted", "u", "central");

        List<ClosureLock.Locked> locked = ClosureLock.read(lockFile).locked(List.of(unlisted, alpha));

        assertEquals(List.of(new ClosureLock.Locked(alpha,
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", "private-repo")), locked);
    }

    @Test
    void changesSince_addedRemovedAndChanged() throws IOException {
        Path lockFile = temp.resolve("offline-repo.lock");
        ClosureLock.of(closure(artifact("kept", "k", "central"), artifact("bumped", "old", "private-repo"),
                artifact("dropped", "d", "central"))).write(lockFile);
        ClosureLock current = ClosureLock.of(closure(artifact("kept", "k", "central"),
                artifact("bumped", "new", "private-repo"), artifact("added", "a", "central")));

        assertEquals(List.of("+ com/acme/added/1.0/added-1.0.jar", "~ com/acme/bumped/1.0/bumped-1.0.jar",
                "- com/acme/dropped/1.0/dropped-1.0.jar"), current.changesSince(ClosureLock.read(lockFile)));
    }

    @Test
    void isLock_writtenLockOnly() throws IOException {
        Path lockFile = temp.resolve("offline-repo.lock");
        ClosureLock.of(closure(artifact("alpha", "abc", "central"))).write(lockFile);
        Path other = Files.writeString(temp.resolve("other.lock"), "com/acme/alpha/1.0/alpha-1.0.jar sha256:00 x\n");

        assertTrue(ClosureLock.isLock(lockFile));
        assertFalse(ClosureLock.isLock(other));
        assertFalse(ClosureLock.isLock(temp.resolve("absent.lock")));
    }

    @Test
    void sha256ByFile_ownFileAndOfflineCopy_asWritten() throws IOException {
        ResolvedArtifact alpha = artifact("alpha", "abc", "central");
        Closure closure = closure(alpha);
        Path repository = temp.resolve("offline-repo");
        ClosureLock.of(closure).write(ClosureLock.fileOf(repository));

        Map<Path, String> digests = ClosureLock.read(ClosureLock.fileOf(repository)).sha256ByFile(closure, repository);

        String sha256 = Sha256.ofFile(alpha.file());
        assertEquals(Map.of(alpha.file(), sha256, repository.resolve(alpha.repositoryPath()), sha256), digests);
        assertEquals(Map.of(), ClosureLock.read(temp.resolve("none.lock")).sha256ByFile(closure, repository));
    }

    @Test
    void read_missingFile_emptyLock() throws IOException {
        assertTrue(ClosureLock.read(temp.resolve("none.lock")).isEmpty());
    }
}
