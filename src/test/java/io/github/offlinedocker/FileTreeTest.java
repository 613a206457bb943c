package io.github.offlinedocker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTreeTest {

    @TempDir
    Path temp;

    @Test
    void linkOrCopy_sameFileSystem_hardLinkAndParentsCreated() throws IOException {
        Path source = Files.writeString(temp.resolve("source.jar"), "bytes");
        Path target = temp.resolve("a/b/target.jar");
        FileTree.linkOrCopy(source, target);
        assertTrue(Files.isSameFile(source, target));
    }

    @Test
    void linkTree_mirrorsRegularFilesSkipsLinks() throws IOException {
        Path source = temp.resolve("src");
        Files.createDirectories(source.resolve("x/y"));
        Files.writeString(source.resolve("x/y/f.txt"), "f");
        Files.createSymbolicLink(source.resolve("x/link"), source.resolve("x/y/f.txt"));
        Path target = temp.resolve("dst");
        FileTree.linkTree(source, target);
        assertEquals(List.of(target.resolve("x/y/f.txt")), FileTree.regularFiles(target));
    }

    @Test
    void deleteRecursively_treeAndMissingPath() throws IOException {
        Path tree = temp.resolve("tree");
        Files.createDirectories(tree.resolve("a/b"));
        Files.writeString(tree.resolve("a/b/c"), "c");
        FileTree.deleteRecursively(tree);
        assertFalse(Files.exists(tree));
        FileTree.deleteRecursively(temp.resolve("never-existed"));
    }
}
