package io.github.offlinedocker.resolve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.prefix.NoPluginFoundForPrefixException;
import org.apache.maven.plugin.version.PluginVersionResolutionException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.metadata.DefaultMetadata;
import org.eclipse.aether.metadata.Metadata;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.MetadataRequest;
import org.eclipse.aether.resolution.MetadataResult;

/**
 * Asks the plugin repositories again for the metadata that Maven's plugin prefix and plugin version resolution
 * read, to learn why they found nothing: both report "not found" whatever each repository answered (a rejected
 * login, a blocked repository), and keep the answers to themselves.
 */
final class MetadataProbe {

    /** The groups Maven searches for a prefix after those of settings.xml's {@code <pluginGroups>}. */
    private static final List<String> DEFAULT_PLUGIN_GROUPS = List.of("org.apache.maven.plugins", "org.codehaus.mojo");

    private static final String METADATA = "maven-metadata.xml";

    private final RepositorySystem repositorySystem;

    MetadataProbe(RepositorySystem repositorySystem) {
        this.repositorySystem = repositorySystem;
    }

    /**
     * The failed answers of {@code repositories} to the metadata requests behind {@code failure}: a group's plugin
     * prefixes for a prefix not found (each group of {@code pluginGroups}, then Maven's), a plugin's version list
     * for a version not resolved; none for any other failure.
     */
    List<Exception> failures(Exception failure, List<String> pluginGroups, List<RemoteRepository> repositories,
            RepositorySystemSession session) {
        List<Metadata> asked = new ArrayList<>();
        if (failure instanceof NoPluginFoundForPrefixException) {
            Set<String> groups = new LinkedHashSet<>(pluginGroups);
            groups.addAll(DEFAULT_PLUGIN_GROUPS);
            groups.forEach(group ->
                    asked.add(new DefaultMetadata(group, METADATA, Metadata.Nature.RELEASE_OR_SNAPSHOT)));
        } else if (failure instanceof PluginVersionResolutionException version) {
            asked.add(new DefaultMetadata(version.getGroupId(), version.getArtifactId(), METADATA,
                    Metadata.Nature.RELEASE_OR_SNAPSHOT));
        }
        List<MetadataRequest> requests = new ArrayList<>();
        for (Metadata metadata : asked) {
            for (RemoteRepository repository : repositories) {
                requests.add(new MetadataRequest(metadata, repository, null));
            }
        }
        List<Exception> failures = new ArrayList<>();
        for (MetadataResult result : repositorySystem.resolveMetadata(session, requests)) {
            if (result.getException() != null) {
                failures.add(result.getException());
            }
        }
        return failures;
    }
}
