package io.github.offlinedocker.resolve;

import static io.github.offlinedocker.resolve.ResolvedArtifactTest.artifact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResolutionLogTest {

    @TempDir
    Path temp;

    @Test
    void writeThenRead_sameArtifactsAndVersionLists() throws IOException {
        ResolutionRecorder written = new ResolutionRecorder();
        written.add(artifact("com.acme", "lib", "1.0-SNAPSHOT", "tests", "jar"));
        written.add(artifact("org.apache.maven", "apache-maven", "3.9.9", "bin", "tar.gz"));
        written.addVersionList("com.acme:lib");
        Path log = temp.resolve("resolution.log");

        ResolutionLog.write(written, log);
        ResolutionRecorder read = new ResolutionRecorder();
        ResolutionLog.read(log, read);

        assertEquals(Set.copyOf(written.recorded()), Set.copyOf(read.recorded()));
        assertEquals(Set.of("com.acme:lib"), read.versionListsRead());
    }

    @Test
    void read_foreignLine_fails() throws IOException {
        Path log = Files.writeString(temp.resolve("resolution.log"), "X\tsomething\n");
        assertThrows(IOException.class, () -> ResolutionLog.read(log, new ResolutionRecorder()));
    }
}
