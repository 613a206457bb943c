package io.github.offlinedocker.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.eventspy.EventSpy;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.RepositoryEvent;
import org.eclipse.aether.RepositoryEvent.EventType;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResolutionLogSpyTest {

    @TempDir
    Path temp;

    private static EventSpy.Context context(Properties userProperties) {
        Map<String, Object> data = new HashMap<>();
        data.put("userProperties", userProperties);
        return () -> data;
    }

    private static RepositoryEvent resolved(String coordinates) {
        return new RepositoryEvent.Builder(new DefaultRepositorySystemSession(), EventType.ARTIFACT_RESOLVED)
                .setArtifact(new DefaultArtifact(coordinates).setFile(new File("/m2/" + coordinates)))
                .setRepository(new RemoteRepository.Builder("central", "default", "https://central.invalid/").build())
                .build();
    }

    @Test
    void events_withLogProperty_writtenOnClose() throws Exception {
        Path log = temp.resolve("resolution.log");
        Properties properties = new Properties();
        properties.setProperty(ResolutionLog.FILE_PROPERTY, log.toString());
        ResolutionLogSpy spy = new ResolutionLogSpy();
        spy.init(context(properties));

        spy.onEvent(resolved("com.acme:lib:1.0"));
        spy.onEvent("a lifecycle event, not a repository one");
        spy.close();

        ResolutionRecorder read = new ResolutionRecorder();
        ResolutionLog.read(log, read);
        assertEquals(1, read.recorded().size());
        assertEquals("central", read.recorded().iterator().next().repositoryId());
    }

    @Test
    void events_withoutLogProperty_nothingWritten() throws Exception {
        ResolutionLogSpy spy = new ResolutionLogSpy();
        spy.init(context(new Properties()));
        spy.onEvent(resolved("com.acme:lib:1.0"));
        spy.close();
        try (var files = Files.list(temp)) {
            assertFalse(files.findAny().isPresent());
        }
    }
}
