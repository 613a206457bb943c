package io.github.offlinedocker.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForkedMavenTest {

    @TempDir
    Path temp;

    /** A Maven installation whose bin/mvn prints its arguments, working directory and JAVA_HOME, then exits 3. */
    private Path fakeMavenHome() throws IOException {
        Path mvn = temp.resolve("maven/bin/mvn");
        Files.createDirectories(mvn.getParent());
        Files.writeString(mvn, "#!/bin/sh\nfor a in \"$@\"; do echo \"arg:$a\"; done\necho \"dir:$(pwd)\"\n"
                + "echo \"java:$JAVA_HOME\" >&2\nexit 3\n");
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
        return temp.resolve("maven");
    }

    @Test
    void run_streamsOutputAndErrorsAndReturnsExitCode() throws Exception {
        Path directory = Files.createDirectories(temp.resolve("project"));
        List<String> lines = new ArrayList<>();
        int exit = new ForkedMaven(fakeMavenHome(), Path.of("/opt/jdk"))
                .run(List.of("-B", "two words"), directory, lines::add);

        assertEquals(3, exit);
        assertEquals(List.of("arg:-B", "arg:two words", "dir:" + directory.toRealPath(), "java:/opt/jdk"), lines);
    }

    @Test
    void run_noLauncher_namesWhereItLooked() {
        IOException e = assertThrows(IOException.class,
                () -> new ForkedMaven(temp.resolve("nowhere"), temp).run(List.of(), temp, line -> {}));
        assertEquals("No Maven launcher at " + temp.resolve("nowhere/bin/mvn") + " (maven.home="
                + temp.resolve("nowhere") + ")", e.getMessage());
    }
}
