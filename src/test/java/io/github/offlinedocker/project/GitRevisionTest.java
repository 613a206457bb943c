package io.github.offlinedocker.project;

import static io.github.offlinedocker.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitRevisionTest {

    private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";

    @TempDir
    Path temp;

    @Test
    void of_looseBranchRef_commitFromParentDirectory() throws IOException {
        write(temp.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        write(temp.resolve(".git/refs/heads/main"), COMMIT + "\n");
        Files.createDirectories(temp.resolve("module/src"));
        assertEquals(Optional.of(COMMIT), GitRevision.of(temp.resolve("module")));
    }

    @Test
    void of_packedRef_commit() throws IOException {
        write(temp.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        write(temp.resolve(".git/packed-refs"), "# pack-refs with: peeled\n" + COMMIT + " refs/heads/main\n");
        assertEquals(Optional.of(COMMIT), GitRevision.of(temp));
    }

    @Test
    void of_worktree_headOfWorktreeRefsOfCommonDirectory() throws IOException {
        write(temp.resolve("main/.git/refs/heads/feature"), COMMIT + "\n");
        write(temp.resolve("main/.git/worktrees/wt/HEAD"), "ref: refs/heads/feature\n");
        write(temp.resolve("main/.git/worktrees/wt/commondir"), "../..\n");
        write(temp.resolve("wt/.git"), "gitdir: " + temp.resolve("main/.git/worktrees/wt") + "\n");
        assertEquals(Optional.of(COMMIT), GitRevision.of(temp.resolve("wt")));
    }

    @Test
    void of_detachedHeadOrNoGit() throws IOException {
        write(temp.resolve("detached/.git/HEAD"), COMMIT + "\n");
        assertEquals(Optional.of(COMMIT), GitRevision.of(temp.resolve("detached")));
        Files.createDirectories(temp.resolve("plain"));
        // The temporary directory lies in no git repository.
        assertEquals(Optional.empty(), GitRevision.of(temp.resolve("plain")));
    }
}
