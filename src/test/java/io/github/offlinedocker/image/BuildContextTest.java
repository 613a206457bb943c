package io.github.offlinedocker.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildContextTest {

    @Test
    void writtenAt_onlyContextEntries_true(@TempDir Path context) throws Exception {
        Files.writeString(context.resolve("Dockerfile"), "FROM x");
        Files.createDirectories(context.resolve(BuildContext.REPOSITORY + "/releases"));
        Files.writeString(context.resolve(BuildContext.PROJECT_ARCHIVE), "tar");

        assertTrue(BuildContext.writtenAt(context));
    }

    @Test
    void writtenAt_anyOtherEntryOrNoFolder_false(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("Dockerfile"), "FROM x");
        Files.createDirectories(folder.resolve(BuildContext.PROJECT));
        Files.writeString(folder.resolve("README.md"), "mine");

        assertFalse(BuildContext.writtenAt(folder));
        assertFalse(BuildContext.writtenAt(folder.resolve("absent")));
    }

    @Test
    void writtenAt_aDockerfileAlone_false(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("Dockerfile"), "FROM x");

        assertFalse(BuildContext.writtenAt(folder));
    }

    @Test
    void dependencyContextOf_besideTheContext() {
        assertEquals(Path.of("/p/target/offline-docker-dependencies"),
                BuildContext.dependencyContextOf(Path.of("/p/target/offline-docker")));
    }
}
