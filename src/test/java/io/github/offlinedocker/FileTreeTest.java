package io.github.offlinedocker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
    void entryFiles_filesOfEntriesByRelativePathSkippingLinksAndMissing() throws IOException {
        Path root = temp.resolve("root");
        Files.createDirectories(root.resolve("src/main/java"));
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        Files.writeString(root.resolve("src/main/java/App.java"), "class App {}");
        Files.writeString(root.resolve(".env"), "SECRET=1");
        Files.createSymbolicLink(root.resolve("src/env"), root.resolve(".env"));
        Files.createSymbolicLink(root.resolve("linked-pom.xml"), root.resolve("pom.xml"));

        assertEquals(Map.of("pom.xml", root.resolve("pom.xml"), "src/main/java/App.java",
                        root.resolve("src/main/java/App.java")),
                FileTree.entryFiles(root, List.of("src", "pom.xml", "linked-pom.xml", "missing")));
        assertEquals(List.of("pom.xml", "src/main/java/App.java"),
                List.copyOf(FileTree.entryFiles(root, List.of("src", "pom.xml")).keySet()));
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

    @Test
    void naming_pathlessFailure_becomesFileSystemExceptionNamingTheFile() {
        IOException bare = new IOException("No space left on device");

        IOException named = FileTree.naming(Path.of("/ctx/maven/lib/x.jar"), bare);

        assertEquals("/ctx/maven/lib/x.jar: No space left on device", named.getMessage());
        assertSame(bare, named.getCause());
    }

    @Test
    void naming_failureWithPath_keptAsItIs() {
        IOException own = new FileSystemException("/a -> /b", null, "No space left on device");

        assertSame(own, FileTree.naming(Path.of("/b"), own));
    }

    @Test
    void sibling_sameFolderNamePlusSuffix() {
        assertEquals(Path.of("target/offline-repo.lock"), FileTree.sibling(Path.of("target/offline-repo"), ".lock"));
    }
}
