package io.github.offlinedocker.project;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.offlinedocker.ConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputLocationsTest {

    private static final Predicate<Path> NEVER_WRITTEN = folder -> false;

    @TempDir
    Path disk;
    private Path home;
    private Path project;
    private OutputLocations locations;

    @BeforeEach
    void layout() throws Exception {
        home = disk.resolve("home/dev");
        project = Files.createDirectories(home.resolve("work/shop/app"));
        Files.createDirectories(project.resolve("src/main/docker"));
        locations = new OutputLocations(project, project.resolve("target"), project.getParent(),
                home.resolve(".m2/repository"), home);
    }

    private String refusal(Path folder) {
        return assertThrows(ConfigurationException.class,
                () -> locations.checkReplaceable("contextDirectory", folder, NEVER_WRITTEN)).getMessage();
    }

    @Test
    void checkReplaceable_underBuildDirectory_allowedWhateverItHolds() throws Exception {
        Path folder = Files.createDirectories(project.resolve("target/custom-context"));
        Files.writeString(folder.resolve("notes.txt"), "x");

        assertDoesNotThrow(() -> locations.checkReplaceable("contextDirectory", folder, NEVER_WRITTEN));
        assertDoesNotThrow(() -> locations.checkReplaceable("offlineRepository",
                project.resolve("target/../target/offline-repo"), NEVER_WRITTEN));
    }

    @Test
    void checkReplaceable_folderHoldingProjectOrHome_namesWhatWouldBeDeleted() {
        assertTrue(refusal(project).startsWith("<contextDirectory> " + project + " is or holds the project " + project
                + ", and the plugin replaces the whole folder on each run: that would delete it. Point it at a folder"
                + " under the build directory " + project.resolve("target")), refusal(project));
        assertTrue(refusal(project.resolve("target")).contains("is or holds the build directory"));
        assertTrue(refusal(project.getParent()).contains("is or holds the project " + project));
        assertTrue(refusal(home.resolve(".m2")).contains("is or holds the local repository"));
        assertTrue(refusal(disk.getRoot()).contains("is or holds the project"));
    }

    @Test
    void checkReplaceable_insideProjectOutsideBuildDirectory_refused() {
        assertTrue(refusal(project.resolve("src/main/docker")).contains(
                "is inside the project but outside its build directory, and the plugin replaces the whole folder on"
                        + " each run: that would delete project files."));
        assertTrue(refusal(project.resolve("target/../docker")).startsWith(
                "<contextDirectory> " + project.resolve("docker") + " is inside the project"));
    }

    @Test
    void checkReplaceable_localRepositoryOrInside_refused() {
        assertTrue(refusal(home.resolve(".m2/repository")).contains("is or holds the local repository"));
        assertTrue(refusal(home.resolve(".m2/repository/com/acme")).contains(
                "is inside the local repository " + home.resolve(".m2/repository")));
    }

    @Test
    void checkReplaceable_elsewhereAbsentEmptyOrWrittenBefore_allowed() throws Exception {
        Path empty = Files.createDirectories(disk.resolve("srv/empty"));
        Path ours = Files.createDirectories(disk.resolve("srv/ours"));
        Files.writeString(ours.resolve("Dockerfile"), "FROM x");

        assertDoesNotThrow(() -> locations.checkReplaceable("contextDirectory", disk.resolve("srv/new"), NEVER_WRITTEN));
        assertDoesNotThrow(() -> locations.checkReplaceable("contextDirectory", empty, NEVER_WRITTEN));
        assertDoesNotThrow(() -> locations.checkReplaceable("contextDirectory", ours, ours::equals));
        assertDoesNotThrow(() -> locations.checkReplaceable("contextDirectory", home.resolve("ctx"), NEVER_WRITTEN));
    }

    @Test
    void checkReplaceable_elsewhereHoldingOtherFiles_refused() throws Exception {
        Path photos = Files.createDirectories(disk.resolve("srv/photos"));
        Files.writeString(photos.resolve("cat.jpg"), "x");
        Path file = Files.writeString(disk.resolve("srv/report.txt"), "x");

        assertTrue(refusal(photos).contains("holds files the plugin did not write"), refusal(photos));
        assertTrue(refusal(file).contains("holds files the plugin did not write"));
    }
}
