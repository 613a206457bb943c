package io.github.offlinedocker.resolve;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.aether.RepositoryEvent;
import org.eclipse.aether.RepositoryListener;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.metadata.Metadata;
import org.eclipse.aether.repository.ArtifactRepository;
import org.eclipse.aether.repository.LocalRepository;
import org.eclipse.aether.repository.RemoteRepository;

/**
 * Records every artifact the resolver hands out, whether it came from a remote repository or was already in
 * the host's local repository. Parent POMs, imported BOMs and plugin POMs pass through the same resolver (on
 * Maven 4 once {@link RecordingSessionFactory} has given the session its own API session), so they are recorded
 * too. Artifacts served by the reactor (a {@code WorkspaceRepository}) and system-scoped
 * files are left out: the builder stage builds the former and cannot use the latter.
 */
public final class ResolutionRecorder {

    private final Map<String, ResolvedArtifact> recorded = new ConcurrentHashMap<>();
    private final Set<String> versionListsRead = ConcurrentHashMap.newKeySet();

    /**
     * A listener that records resolved artifacts and then hands every event to {@code original}, so Maven's own
     * listener (checksum warnings, invalid POM warnings) keeps working.
     */
    public RepositoryListener listener(RepositoryListener original) {
        return (RepositoryListener) Proxy.newProxyInstance(
                RepositoryListener.class.getClassLoader(),
                new Class<?>[] {RepositoryListener.class},
                (proxy, method, args) -> dispatch(original, method, args));
    }

    private Object dispatch(RepositoryListener original, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return method.invoke(this, args);
        }
        if ("artifactResolved".equals(method.getName())) {
            record((RepositoryEvent) args[0]);
        } else if ("metadataResolved".equals(method.getName())) {
            recordMetadata((RepositoryEvent) args[0]);
        }
        if (original == null) {
            return null;
        }
        try {
            return method.invoke(original, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Records the event's artifact when it resolved to a file in a repository (not the reactor, not system). */
    public void record(RepositoryEvent event) {
        Artifact artifact = event.getArtifact();
        ArtifactRepository repository = event.getRepository();
        if (event.getException() != null || artifact == null || artifact.getFile() == null) {
            return;
        }
        String repositoryId;
        if (repository instanceof RemoteRepository remote) {
            repositoryId = remote.getId();
        } else if (repository instanceof LocalRepository) {
            repositoryId = "local";
        } else {
            return;
        }
        add(new ResolvedArtifact(
                artifact.toString(),
                artifact.getGroupId(),
                artifact.getArtifactId(),
                artifact.getBaseVersion(),
                artifact.getClassifier(),
                artifact.getExtension(),
                artifact.getFile().toPath(),
                repositoryId));
    }

    /** Records {@code artifact}, unless a file for its repository path is recorded already. */
    public void add(ResolvedArtifact artifact) {
        recorded.putIfAbsent(artifact.repositoryPath(), artifact);
    }

    /**
     * Records that the build read the version list of an artifact ({@code groupId/artifactId/maven-metadata.xml}):
     * to resolve a version range, a plugin's version or {@code LATEST}/{@code RELEASE}. Offline Maven needs
     * such a list too.
     */
    public void recordMetadata(RepositoryEvent event) {
        Metadata metadata = event.getMetadata();
        if (metadata != null
                && "maven-metadata.xml".equals(metadata.getType())
                && metadata.getVersion().isEmpty()
                && !metadata.getGroupId().isEmpty()
                && !metadata.getArtifactId().isEmpty()) {
            addVersionList(metadata.getGroupId() + ":" + metadata.getArtifactId());
        }
    }

    /** Records that the build read the version list of {@code groupId:artifactId}. */
    public void addVersionList(String key) {
        versionListsRead.add(key);
    }

    /** The {@code groupId:artifactId} whose version lists the build read. */
    public Set<String> versionListsRead() {
        return Set.copyOf(versionListsRead);
    }

    /** Everything recorded so far, one entry per repository path. */
    public Collection<ResolvedArtifact> recorded() {
        return List.copyOf(new ArrayList<>(recorded.values()));
    }
}
