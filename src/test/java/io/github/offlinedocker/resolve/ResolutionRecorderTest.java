package io.github.offlinedocker.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.aether.AbstractRepositoryListener;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.RepositoryEvent;
import org.eclipse.aether.RepositoryEvent.EventType;
import org.eclipse.aether.RepositoryListener;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.metadata.DefaultMetadata;
import org.eclipse.aether.metadata.Metadata;
import org.eclipse.aether.repository.ArtifactRepository;
import org.eclipse.aether.repository.LocalRepository;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.repository.WorkspaceRepository;
import org.junit.jupiter.api.Test;

class ResolutionRecorderTest {

    private static final RemoteRepository PRIVATE =
            new RemoteRepository.Builder("private-repo", "default", "http://127.0.0.1:1/releases/").build();

    private static RepositoryEvent resolved(Artifact artifact, ArtifactRepository repository, Exception failure) {
        RepositoryEvent.Builder event =
                new RepositoryEvent.Builder(new DefaultRepositorySystemSession(), EventType.ARTIFACT_RESOLVED)
                        .setArtifact(artifact)
                        .setRepository(repository);
        if (failure != null) {
            event.setException(failure);
        }
        return event.build();
    }

    private static Artifact withFile(String coordinates) {
        return new DefaultArtifact(coordinates).setFile(new File("/m2/" + coordinates.replace(':', '_')));
    }

    @Test
    void record_remoteAndLocal_recordedWithRepositoryId() {
        ResolutionRecorder recorder = new ResolutionRecorder();
        recorder.record(resolved(withFile("com.acme:lib:1.0"), PRIVATE, null));
        recorder.record(resolved(withFile("com.acme:other:pom:2.0"), new LocalRepository("/m2"), null));

        List<ResolvedArtifact> recorded = new ArrayList<>(recorder.recorded());
        recorded.sort((a, b) -> a.artifactId().compareTo(b.artifactId()));
        assertEquals(2, recorded.size());
        assertEquals("private-repo", recorded.get(0).repositoryId());
        assertEquals("com/acme/lib/1.0/lib-1.0.jar", recorded.get(0).repositoryPath());
        assertEquals("local", recorded.get(1).repositoryId());
    }

    @Test
    void record_reactorSystemFailedOrFileless_ignored() {
        ResolutionRecorder recorder = new ResolutionRecorder();
        recorder.record(resolved(withFile("com.acme:module:1.0"), new WorkspaceRepository(), null));
        recorder.record(resolved(withFile("com.acme:system:1.0"), null, null));
        recorder.record(resolved(withFile("com.acme:failed:1.0"), PRIVATE, new IllegalStateException("401")));
        recorder.record(resolved(new DefaultArtifact("com.acme:nofile:1.0"), PRIVATE, null));
        assertTrue(recorder.recorded().isEmpty());
    }

    @Test
    void listener_recordsAndPassesEveryEventOn() {
        List<String> seen = new ArrayList<>();
        RepositoryListener original = new AbstractRepositoryListener() {
            @Override
            public void artifactResolved(RepositoryEvent event) {
                seen.add("resolved " + event.getArtifact());
            }

            @Override
            public void artifactDownloading(RepositoryEvent event) {
                seen.add("downloading " + event.getArtifact());
            }
        };
        ResolutionRecorder recorder = new ResolutionRecorder();
        RepositoryListener listener = recorder.listener(original);

        listener.artifactDownloading(resolved(withFile("com.acme:lib:1.0"), PRIVATE, null));
        listener.artifactResolved(resolved(withFile("com.acme:lib:1.0"), PRIVATE, null));

        assertEquals(List.of("downloading com.acme:lib:jar:1.0", "resolved com.acme:lib:jar:1.0"), seen);
        assertEquals(1, recorder.recorded().size());
    }

    @Test
    void recordMetadata_onlyArtifactLevelVersionLists() {
        ResolutionRecorder recorder = new ResolutionRecorder();
        for (Metadata metadata : List.of(
                new DefaultMetadata("com.acme", "lib", "maven-metadata.xml", Metadata.Nature.RELEASE),
                new DefaultMetadata("com.acme", "lib", "1.0-SNAPSHOT", "maven-metadata.xml", Metadata.Nature.SNAPSHOT),
                new DefaultMetadata("com.acme", "maven-metadata.xml", Metadata.Nature.RELEASE))) {
            recorder.listener(null).metadataResolved(
                    new RepositoryEvent.Builder(new DefaultRepositorySystemSession(), EventType.METADATA_RESOLVED)
                            .setMetadata(metadata)
                            .build());
        }
        assertEquals(Set.of("com.acme:lib"), recorder.versionListsRead());
    }

    @Test
    void listener_withoutOriginal_stillRecords() {
        ResolutionRecorder recorder = new ResolutionRecorder();
        recorder.listener(null).artifactResolved(resolved(withFile("com.acme:lib:1.0"), PRIVATE, null));
        assertEquals(1, recorder.recorded().size());
    }
}
