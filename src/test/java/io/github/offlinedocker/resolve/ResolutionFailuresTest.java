package io.github.offlinedocker.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.offlinedocker.ConfigurationException;
import io.github.offlinedocker.EnvironmentException;
import io.github.offlinedocker.OfflineDockerException;
import java.util.List;
import org.apache.maven.project.DependencyResolutionException;
import org.apache.maven.project.DependencyResolutionResult;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.collection.CollectResult;
import org.eclipse.aether.collection.DependencyCollectionException;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.DependencyNode;
import org.eclipse.aether.metadata.DefaultMetadata;
import org.eclipse.aether.metadata.Metadata;
import org.eclipse.aether.repository.LocalRepository;
import org.eclipse.aether.repository.Proxy;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactDescriptorException;
import org.eclipse.aether.resolution.ArtifactDescriptorRequest;
import org.eclipse.aether.resolution.ArtifactDescriptorResult;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.VersionRangeRequest;
import org.eclipse.aether.resolution.VersionRangeResolutionException;
import org.eclipse.aether.resolution.VersionRangeResult;
import org.eclipse.aether.resolution.VersionRequest;
import org.eclipse.aether.resolution.VersionResolutionException;
import org.eclipse.aether.resolution.VersionResult;
import org.eclipse.aether.transfer.ArtifactNotFoundException;
import org.eclipse.aether.transfer.ArtifactTransferException;
import org.eclipse.aether.transfer.ChecksumFailureException;
import org.eclipse.aether.transfer.MetadataNotFoundException;
import org.eclipse.aether.transfer.MetadataTransferException;
import org.eclipse.aether.util.version.GenericVersionScheme;
import org.eclipse.aether.util.repository.AuthenticationBuilder;
import org.junit.jupiter.api.Test;

class ResolutionFailuresTest {

    private static final DefaultArtifact MATH = new DefaultArtifact("com.acme:math-utils:1.0.0");
    private static final RemoteRepository CENTRAL =
            new RemoteRepository.Builder("central", "default", "https://central.invalid/maven2").build();

    private static RemoteRepository privateRepo(boolean withCredentials) {
        RemoteRepository.Builder repository =
                new RemoteRepository.Builder("private-repo", "default", "http://127.0.0.1:1/releases/");
        if (withCredentials) {
            repository.setAuthentication(new AuthenticationBuilder().addUsername("u").addPassword("p").build());
        }
        return repository.build();
    }

    /** What the resolver throws when every repository failed, each in its own way. */
    private static ArtifactResolutionException failedEverywhere(Exception... perRepository) {
        ArtifactResult result = new ArtifactResult(new ArtifactRequest(MATH, List.of(), null));
        for (Exception e : perRepository) {
            result.addException(e);
        }
        return new ArtifactResolutionException(List.of(result));
    }

    @Test
    void explain_401WithoutServer_namesServerIdAndFix() {
        OfflineDockerException explained = ResolutionFailures.explain("deps", failedEverywhere(
                new ArtifactNotFoundException(MATH, CENTRAL),
                new ArtifactTransferException(MATH, privateRepo(false), "status code: 401, reason phrase: Unauthorized")));

        assertInstanceOf(ConfigurationException.class, explained);
        assertEquals("Repository 'private-repo' (http://127.0.0.1:1/releases/) answered 401 Unauthorized for"
                + " com.acme:math-utils:jar:1.0.0: settings.xml has no <server> with <id>private-repo</id>. Add one"
                + " with the <username> and <password> (or <configuration><httpHeaders> token) of that repository"
                + " to ~/.m2/settings.xml.", explained.getMessage());
    }

    @Test
    void explain_wagonNotAuthorizedWithServer_saysCredentialsRejected() {
        OfflineDockerException explained = ResolutionFailures.explain("deps", new IllegalStateException("wrapped",
                new ArtifactTransferException(MATH, privateRepo(true), "Not authorized , ReasonPhrase:Unauthorized.")));

        assertInstanceOf(ConfigurationException.class, explained);
        assertEquals("Repository 'private-repo' (http://127.0.0.1:1/releases/) answered 401 Unauthorized for"
                + " com.acme:math-utils:jar:1.0.0: the <server> with <id>private-repo</id> in settings.xml has"
                + " credentials the repository rejected. Fix its <username>/<password> (run 'mvn"
                + " --encrypt-password' for an encrypted one).", explained.getMessage());
    }

    @Test
    void explain_jdkTransportGaveUpAuthenticating_saysCredentialsRejected() {
        OfflineDockerException explained = ResolutionFailures.explain("deps", new ArtifactTransferException(MATH,
                privateRepo(true), "Could not transfer artifact: too many authentication attempts. Limit: 3"));

        assertInstanceOf(ConfigurationException.class, explained);
        assertTrue(explained.getMessage().startsWith("Repository 'private-repo' (http://127.0.0.1:1/releases/)"
                + " answered 401 Unauthorized for com.acme:math-utils:jar:1.0.0: the <server> with"
                + " <id>private-repo</id> in settings.xml has credentials the repository rejected."),
                explained.getMessage());
    }

    @Test
    void explain_403WithServer_asksForReadAccess() {
        OfflineDockerException explained = ResolutionFailures.explain("deps",
                new ArtifactTransferException(MATH, privateRepo(true), "status code: 403, reason phrase: Forbidden"));

        assertInstanceOf(ConfigurationException.class, explained);
        assertEquals("Repository 'private-repo' (http://127.0.0.1:1/releases/) answered 403 Forbidden for"
                + " com.acme:math-utils:jar:1.0.0: the <server> with <id>private-repo</id> in settings.xml is not"
                + " allowed to read it. Have the repository's owner grant that user read access, or give the"
                + " <server> another user's credentials.", explained.getMessage());
    }

    /** The private repository reached through a proxy on 127.0.0.1:3128, with a login or not. */
    private static RemoteRepository behindProxy(boolean proxyLogin) {
        return new RemoteRepository.Builder(privateRepo(true))
                .setProxy(new Proxy(Proxy.TYPE_HTTP, "127.0.0.1", 3128, proxyLogin
                        ? new AuthenticationBuilder().addUsername("proxy-user").addPassword("proxy-password").build()
                        : null))
                .build();
    }

    @Test
    void explain_407WithProxyLogin_saysProxyRejectedItsLogin() {
        OfflineDockerException explained = ResolutionFailures.explain("deps", failedEverywhere(
                new ArtifactNotFoundException(MATH, CENTRAL),
                new ArtifactTransferException(MATH, behindProxy(true), "status code: 407, reason phrase:  (407)")));

        assertInstanceOf(ConfigurationException.class, explained);
        assertEquals("The proxy 127.0.0.1:3128 answered 407 Proxy Authentication Required for"
                + " com.acme:math-utils:jar:1.0.0 from repository 'private-repo' (http://127.0.0.1:1/releases/): the"
                + " <proxy> for 127.0.0.1:3128 in settings.xml has a login the proxy rejected. Fix its"
                + " <username>/<password> (run 'mvn --encrypt-password' for an encrypted one).",
                explained.getMessage());
    }

    @Test
    void explain_407ProxyWithoutLogin_asksForTheProxysLogin() {
        OfflineDockerException explained = ResolutionFailures.explain("deps", new ArtifactTransferException(MATH,
                behindProxy(false), "proxy authentication failed for http://x/a.pom, status: 407 Proxy"
                        + " Authentication Required"));

        assertInstanceOf(ConfigurationException.class, explained);
        assertTrue(explained.getMessage().endsWith(": the <proxy> for 127.0.0.1:3128 in settings.xml has no login."
                + " Add the proxy's <username> and <password> to it."), explained.getMessage());
    }

    @Test
    void explain_jdkTransportMissingLoginBehindProxyWithout_asksForTheProxysLogin() {
        OfflineDockerException explained = ResolutionFailures.explain("deps", failedEverywhere(
                new ArtifactTransferException(MATH, CENTRAL, "Tunnel failed, got: 400"),
                new ArtifactTransferException(MATH, behindProxy(false), "No credentials provided")));

        assertInstanceOf(ConfigurationException.class, explained);
        assertTrue(explained.getMessage().startsWith("The proxy 127.0.0.1:3128 answered 407 Proxy Authentication"
                + " Required for com.acme:math-utils:jar:1.0.0 from repository 'private-repo'"), explained.getMessage());
    }

    @Test
    void explain_jdkTransportMissingLoginWithoutServer_namesServerId() {
        OfflineDockerException explained = ResolutionFailures.explain("deps",
                new ArtifactTransferException(MATH, privateRepo(false), "No credentials provided"));

        assertInstanceOf(ConfigurationException.class, explained);
        assertTrue(explained.getMessage().endsWith("settings.xml has no <server> with <id>private-repo</id>. Add one"
                + " with the <username> and <password> (or <configuration><httpHeaders> token) of that repository"
                + " to ~/.m2/settings.xml."), explained.getMessage());
    }

    @Test
    void explain_407WithoutProxy_asksForAProxyEntry() {
        OfflineDockerException explained = ResolutionFailures.explain("deps",
                new ArtifactTransferException(MATH, privateRepo(true), "status code: 407, reason phrase:  (407)"));

        assertInstanceOf(ConfigurationException.class, explained);
        assertEquals("A proxy answered 407 Proxy Authentication Required for com.acme:math-utils:jar:1.0.0 from"
                + " repository 'private-repo' (http://127.0.0.1:1/releases/): settings.xml has no <proxy> for this"
                + " repository. Add one with the proxy's <host>, <port>, <username> and <password> to"
                + " ~/.m2/settings.xml.", explained.getMessage());
    }

    @Test
    void explain_jdkTransportGaveUpBehindProxyWithLogin_namesBothLogins() {
        OfflineDockerException explained = ResolutionFailures.explain("deps", new ArtifactTransferException(MATH,
                behindProxy(true), "Could not transfer artifact: too many authentication attempts. Limit: 3"));

        assertInstanceOf(ConfigurationException.class, explained);
        assertEquals("Repository 'private-repo' (http://127.0.0.1:1/releases/), reached through the proxy"
                + " 127.0.0.1:3128, refused a login for com.acme:math-utils:jar:1.0.0 until Maven gave up, without"
                + " saying whose: the <server> with <id>private-repo</id> or the <proxy> for 127.0.0.1:3128 in"
                + " settings.xml has credentials that were rejected. Fix the <username>/<password> of the wrong one"
                + " (run 'mvn --encrypt-password' for an encrypted one).", explained.getMessage());
    }

    @Test
    void explain_notFoundEverywhere_listsEveryRepositoryTried() {
        OfflineDockerException explained = ResolutionFailures.explain("deps", failedEverywhere(
                new ArtifactNotFoundException(MATH, privateRepo(true)),
                new ArtifactNotFoundException(MATH, CENTRAL)));

        assertInstanceOf(ConfigurationException.class, explained);
        assertEquals("Could not resolve com.acme:math-utils:jar:1.0.0: no repository has it (tried 'private-repo'"
                + " (http://127.0.0.1:1/releases/), 'central' (https://central.invalid/maven2)). Check the"
                + " coordinates in the POM, or add the repository that holds it to <repositories> (and its"
                + " credentials to a settings.xml <server>).", explained.getMessage());
    }

    @Test
    void explain_notFoundReportedOutOfOrder_listsRepositoriesInSearchOrder() {
        ArtifactResult result =
                new ArtifactResult(new ArtifactRequest(MATH, List.of(privateRepo(true), CENTRAL), null));
        result.addException(new ArtifactNotFoundException(MATH, CENTRAL));
        result.addException(new ArtifactNotFoundException(MATH, privateRepo(true)));

        OfflineDockerException explained =
                ResolutionFailures.explain("deps", new ArtifactResolutionException(List.of(result)));

        assertTrue(explained.getMessage().contains("(tried 'private-repo' (http://127.0.0.1:1/releases/), 'central'"
                + " (https://central.invalid/maven2))"), explained.getMessage());
    }

    @Test
    void explain_brokenTransferAndNotFound_reportsTheBrokenTransfer() {
        OfflineDockerException explained = ResolutionFailures.explain("deps", failedEverywhere(
                new ArtifactNotFoundException(MATH, CENTRAL),
                new ArtifactTransferException(MATH, privateRepo(true), "Premature end of Content-Length")));

        assertInstanceOf(EnvironmentException.class, explained);
        assertEquals("Could not download com.acme:math-utils:jar:1.0.0 from repository 'private-repo'"
                + " (http://127.0.0.1:1/releases/): Premature end of Content-Length. Retry; if it fails again, check"
                + " the repository's <url> and that this machine reaches it (a VPN, a firewall, or a <proxy> in"
                + " settings.xml).", explained.getMessage());
    }

    @Test
    void explain_connectionRefused_isEnvironmentProblem() {
        OfflineDockerException explained = ResolutionFailures.explain("deps",
                new ArtifactTransferException(MATH, privateRepo(true), "Connection refused"));
        assertInstanceOf(EnvironmentException.class, explained);
        assertEquals("Could not download com.acme:math-utils:jar:1.0.0 from repository 'private-repo'"
                + " (http://127.0.0.1:1/releases/): Connection refused. Retry; if it fails again, check the"
                + " repository's <url> and that this machine reaches it (a VPN, a firewall, or a <proxy> in"
                + " settings.xml).", explained.getMessage());
    }

    @Test
    void explain_noTransferFailure_isEnvironmentProblemWithOriginalMessage() {
        OfflineDockerException explained = ResolutionFailures.explain("the plan", new IllegalStateException("boom"));
        assertInstanceOf(EnvironmentException.class, explained);
        assertEquals("Could not resolve the plan: boom", explained.getMessage());
    }

    @Test
    void explain_checksumMismatch_corruptOrTamperedNothingUsed() {
        OfflineDockerException explained = ResolutionFailures.explain("deps", failedEverywhere(
                new ArtifactTransferException(MATH, privateRepo(true), "Checksum validation failed",
                        new ChecksumFailureException("0000", "af9c"))));

        assertInstanceOf(EnvironmentException.class, explained);
        assertTrue(explained.getMessage().startsWith("The checksum of com.acme:math-utils:jar:1.0.0 from repository"
                + " 'private-repo' (http://127.0.0.1:1/releases/) does not match the file"), explained.getMessage());
        assertTrue(explained.getMessage().contains("corrupt or was tampered with"), explained.getMessage());
    }

    @Test
    void explain_maven39DependencyResolutionWithoutCause_readsTheResult() {
        Dependency dependency = new Dependency(MATH, "compile");
        Exception unauthorized =
                new ArtifactTransferException(MATH, privateRepo(false), "status code: 401, reason phrase: Unauthorized");
        DependencyResolutionResult result = new DependencyResolutionResult() {
            @Override public DependencyNode getDependencyGraph() { return null; }
            @Override public List<Dependency> getDependencies() { return List.of(dependency); }
            @Override public List<Dependency> getResolvedDependencies() { return List.of(); }
            @Override public List<Dependency> getUnresolvedDependencies() { return List.of(dependency); }
            @Override public List<Exception> getCollectionErrors() { return List.of(); }
            @Override public List<Exception> getResolutionErrors(Dependency d) { return List.of(unauthorized); }
        };
        OfflineDockerException explained = ResolutionFailures.explain("deps",
                new DependencyResolutionException(result, "Could not resolve dependencies for project x", null));

        assertInstanceOf(ConfigurationException.class, explained);
        assertTrue(explained.getMessage().startsWith("Repository 'private-repo' (http://127.0.0.1:1/releases/)"
                + " answered 401 Unauthorized for com.acme:math-utils:jar:1.0.0"), explained.getMessage());
    }

    // Metadata: the version list a range, RELEASE or LATEST is resolved from, a SNAPSHOT's builds, a group's plugin
    // prefixes.

    private static final DefaultArtifact MATH_RANGE = new DefaultArtifact("com.acme:math-utils:[1.0,2.0)");
    private static final Metadata VERSION_LIST =
            new DefaultMetadata("com.acme", "math-utils", "maven-metadata.xml", Metadata.Nature.RELEASE_OR_SNAPSHOT);
    private static final String UNAUTHORIZED = "status code: 401, reason phrase: Unauthorized";
    private static final String RETRY = ". Retry; if it fails again, check the repository's <url> and that this"
            + " machine reaches it (a VPN, a firewall, or a <proxy> in settings.xml).";

    /** What the resolver throws when no version of {@link #MATH_RANGE} came back, each repository's failure kept. */
    private static VersionRangeResolutionException rangeFailed(Exception... perRepository) {
        VersionRangeResult result =
                new VersionRangeResult(new VersionRangeRequest(MATH_RANGE, List.of(privateRepo(true), CENTRAL), null));
        for (Exception e : perRepository) {
            result.addException(e);
        }
        return new VersionRangeResolutionException(result,
                "No versions available for com.acme:math-utils:jar:[1.0,2.0) within specified range");
    }

    /** How the collector reports a range it could not resolve: in its result, with no cause. */
    private static DependencyCollectionException collectionFailed(Exception failure) {
        CollectResult result = new CollectResult(new CollectRequest());
        result.addException(failure);
        return new DependencyCollectionException(result, "Failed to collect dependencies at com.acme:app:jar:1.0");
    }

    /** Maven's HTTP blocker: the mirror of every plain HTTP repository but localhost's, blocked. */
    private static RemoteRepository blocker(RemoteRepository... blocked) {
        return new RemoteRepository.Builder("maven-default-http-blocker", "default", "http://0.0.0.0/")
                .setBlocked(true)
                .setMirroredRepositories(List.of(blocked))
                .build();
    }

    private static final RemoteRepository COMPANY_HTTP =
            new RemoteRepository.Builder("company-repo", "default", "http://repo.acme.internal/maven2/").build();

    @Test
    void explain_rangeMetadata401WithServerInCollectionResult_saysCredentialsRejected() {
        OfflineDockerException explained = ResolutionFailures.explain("deps", collectionFailed(rangeFailed(
                new MetadataTransferException(VERSION_LIST, privateRepo(true), UNAUTHORIZED),
                new MetadataNotFoundException(VERSION_LIST, CENTRAL))));

        assertInstanceOf(ConfigurationException.class, explained);
        assertEquals("Repository 'private-repo' (http://127.0.0.1:1/releases/) answered 401 Unauthorized for the"
                + " version list of com.acme:math-utils (maven-metadata.xml, read to resolve"
                + " com.acme:math-utils:jar:[1.0,2.0)): the <server> with <id>private-repo</id> in settings.xml has"
                + " credentials the repository rejected. Fix its <username>/<password> (run 'mvn"
                + " --encrypt-password' for an encrypted one).", explained.getMessage());
    }

    @Test
    void explain_rangeMetadata403InCauseChain_asksForReadAccess() {
        OfflineDockerException explained = ResolutionFailures.explain("deps", new IllegalStateException("wrapped",
                rangeFailed(
                        new MetadataNotFoundException(VERSION_LIST, CENTRAL),
                        new MetadataTransferException(VERSION_LIST, privateRepo(true),
                                "status code: 403, reason phrase: Forbidden"))));

        assertInstanceOf(ConfigurationException.class, explained);
        assertEquals("Repository 'private-repo' (http://127.0.0.1:1/releases/) answered 403 Forbidden for the"
                + " version list of com.acme:math-utils (maven-metadata.xml, read to resolve"
                + " com.acme:math-utils:jar:[1.0,2.0)): the <server> with <id>private-repo</id> in settings.xml is"
                + " not allowed to read it. Have the repository's owner grant that user read access, or give the"
                + " <server> another user's credentials.", explained.getMessage());
    }

    @Test
    void explain_rangeMetadata407WithProxyLoginInDescriptorResult_saysProxyRejectedItsLogin() {
        ArtifactDescriptorResult descriptor =
                new ArtifactDescriptorResult(new ArtifactDescriptorRequest(MATH, List.of(), null));
        descriptor.addException(rangeFailed(
                new MetadataNotFoundException(VERSION_LIST, CENTRAL),
                new MetadataTransferException(VERSION_LIST, behindProxy(true), "status code: 407, reason phrase: "
                        + " (407)")));

        OfflineDockerException explained =
                ResolutionFailures.explain("deps", new ArtifactDescriptorException(descriptor));

        assertInstanceOf(ConfigurationException.class, explained);
        assertEquals("The proxy 127.0.0.1:3128 answered 407 Proxy Authentication Required for the version list of"
                + " com.acme:math-utils (maven-metadata.xml, read to resolve com.acme:math-utils:jar:[1.0,2.0))"
                + " from repository 'private-repo' (http://127.0.0.1:1/releases/):"
                + " the <proxy> for 127.0.0.1:3128 in settings.xml has a login the proxy rejected. Fix its"
                + " <username>/<password> (run 'mvn --encrypt-password' for an encrypted one).",
                explained.getMessage());
    }

    @Test
    void explain_releaseMetadata401WithoutServer_namesServerIdAndTheRelease() {
        DefaultArtifact release = new DefaultArtifact("com.acme:math-utils:RELEASE");
        VersionResult result = new VersionResult(new VersionRequest(release, List.of(privateRepo(false), CENTRAL), null));
        result.addException(new MetadataTransferException(VERSION_LIST, privateRepo(false), UNAUTHORIZED));
        result.addException(new MetadataNotFoundException(VERSION_LIST, CENTRAL));

        OfflineDockerException explained = ResolutionFailures.explain("deps", new VersionResolutionException(result));

        assertInstanceOf(ConfigurationException.class, explained);
        assertEquals("Repository 'private-repo' (http://127.0.0.1:1/releases/) answered 401 Unauthorized for the"
                + " version list of com.acme:math-utils (maven-metadata.xml, read to resolve"
                + " com.acme:math-utils:jar:RELEASE): settings.xml has no <server> with <id>private-repo</id>. Add"
                + " one with the <username> and <password> (or <configuration><httpHeaders> token) of that"
                + " repository to ~/.m2/settings.xml.", explained.getMessage());
    }

    @Test
    void explain_snapshotBuildsMetadata401_namesTheSnapshotsBuilds() {
        DefaultArtifact snapshot = new DefaultArtifact("com.acme:math-utils:1.0-SNAPSHOT");
        Metadata builds = new DefaultMetadata("com.acme", "math-utils", "1.0-SNAPSHOT", "maven-metadata.xml",
                Metadata.Nature.SNAPSHOT);
        VersionResult result = new VersionResult(new VersionRequest(snapshot, List.of(privateRepo(true)), null));
        result.addException(new MetadataTransferException(builds, privateRepo(true), UNAUTHORIZED));

        OfflineDockerException explained = ResolutionFailures.explain("deps",
                new IllegalStateException("wrapped", new VersionResolutionException(result)));

        assertInstanceOf(ConfigurationException.class, explained);
        assertEquals("Repository 'private-repo' (http://127.0.0.1:1/releases/) answered 401 Unauthorized for the"
                + " builds of com.acme:math-utils:1.0-SNAPSHOT (maven-metadata.xml, read to resolve"
                + " com.acme:math-utils:jar:1.0-SNAPSHOT): the <server> with <id>private-repo</id> in settings.xml"
                + " has credentials the repository rejected. Fix its <username>/<password> (run 'mvn"
                + " --encrypt-password' for an encrypted one).", explained.getMessage());
    }

    @Test
    void explain_probedPluginPrefixes401_namesTheGroupAndWhatItWasReadFor() {
        String what = "the plugins that goals [docker:build] run on com.acme:app:jar:1.0";
        Metadata acmePlugins = new DefaultMetadata("com.acme.plugins", "maven-metadata.xml",
                Metadata.Nature.RELEASE_OR_SNAPSHOT);
        Metadata mavenPlugins = new DefaultMetadata("org.apache.maven.plugins", "maven-metadata.xml",
                Metadata.Nature.RELEASE_OR_SNAPSHOT);

        OfflineDockerException explained = ResolutionFailures.explain(what,
                new IllegalStateException("No plugin found for prefix 'docker' in the current project"),
                List.of(new MetadataNotFoundException(acmePlugins, CENTRAL),
                        new MetadataTransferException(acmePlugins, privateRepo(true), UNAUTHORIZED),
                        new MetadataNotFoundException(mavenPlugins, privateRepo(true))));

        assertInstanceOf(ConfigurationException.class, explained);
        assertEquals("Repository 'private-repo' (http://127.0.0.1:1/releases/) answered 401 Unauthorized for the"
                + " plugin prefixes of com.acme.plugins (maven-metadata.xml, read to resolve the plugins that"
                + " goals [docker:build] run on com.acme:app:jar:1.0): the <server> with"
                + " <id>private-repo</id> in settings.xml has credentials the repository rejected. Fix its"
                + " <username>/<password> (run 'mvn --encrypt-password' for an encrypted one).",
                explained.getMessage());
    }

    @Test
    void explain_rangeMetadataNotFoundEverywhere_saysNoVersionIsInTheRange() {
        OfflineDockerException explained = ResolutionFailures.explain("deps", collectionFailed(rangeFailed(
                new MetadataNotFoundException(VERSION_LIST, privateRepo(true)),
                new MetadataNotFoundException(VERSION_LIST, CENTRAL))));

        assertInstanceOf(ConfigurationException.class, explained);
        assertEquals("No version of com.acme:math-utils:jar:[1.0,2.0) is in its repositories ('private-repo'"
                + " (http://127.0.0.1:1/releases/), 'central' (https://central.invalid/maven2)). Change the range in"
                + " the POM, or add the repository that holds a version in it to <repositories> (and its"
                + " credentials to a settings.xml <server>).", explained.getMessage());
    }

    @Test
    void explain_releaseMetadataNotFoundEverywhere_listsEveryRepositoryTried() {
        VersionResult result = new VersionResult(new VersionRequest(
                new DefaultArtifact("com.acme:math-utils:RELEASE"), List.of(privateRepo(true), CENTRAL), null));
        result.addException(new MetadataNotFoundException(VERSION_LIST, privateRepo(true)));
        result.addException(new MetadataNotFoundException(VERSION_LIST, CENTRAL));

        OfflineDockerException explained =
                ResolutionFailures.explain("deps", new VersionResolutionException(result));

        assertInstanceOf(ConfigurationException.class, explained);
        assertEquals("Could not resolve the version list of com.acme:math-utils (maven-metadata.xml, read to"
                + " resolve com.acme:math-utils:jar:RELEASE): no repository has it (tried 'private-repo'"
                + " (http://127.0.0.1:1/releases/), 'central' (https://central.invalid/maven2)). Check the"
                + " coordinates in the POM, or add the repository that holds it to <repositories> (and its"
                + " credentials to a settings.xml <server>).", explained.getMessage());
    }

    @Test
    void explain_rangeMetadataConnectionRefused_isEnvironmentProblemWithFix() {
        OfflineDockerException explained = ResolutionFailures.explain("deps", rangeFailed(
                new MetadataNotFoundException(VERSION_LIST, CENTRAL),
                new MetadataTransferException(VERSION_LIST, privateRepo(true), "Connection refused")));

        assertInstanceOf(EnvironmentException.class, explained);
        assertEquals("Could not download the version list of com.acme:math-utils (maven-metadata.xml, read to"
                + " resolve com.acme:math-utils:jar:[1.0,2.0)) from repository 'private-repo'"
                + " (http://127.0.0.1:1/releases/): Connection refused" + RETRY, explained.getMessage());
    }

    @Test
    void explain_artifactFromBlockedHttpRepository_asksForHttpsOrOwnMirror() {
        OfflineDockerException explained = ResolutionFailures.explain("deps", failedEverywhere(
                new ArtifactNotFoundException(MATH, CENTRAL),
                new ArtifactTransferException(MATH, blocker(COMPANY_HTTP), "Blocked mirror for repositories:"
                        + " [company-repo (http://repo.acme.internal/maven2/, default, releases+snapshots)]")));

        assertInstanceOf(ConfigurationException.class, explained);
        assertEquals("Repository 'company-repo' (http://repo.acme.internal/maven2/) is on plain HTTP, which Maven"
                + " 3.8.1 and later block for every host but localhost (the mirror 'maven-default-http-blocker' of"
                + " Maven's conf/settings.xml), so Maven did not ask for com.acme:math-utils:jar:1.0.0. Move the"
                + " repository to HTTPS and change its <url> to https://, or, if you accept plain HTTP for it, add a"
                + " <mirror> to ~/.m2/settings.xml with <id>company-repo</id>, <mirrorOf>company-repo</mirrorOf> and"
                + " <url>http://repo.acme.internal/maven2/</url>: a mirror of your own for that id comes before"
                + " Maven's blocker, and the <server> with <id>company-repo</id> still gives its login.",
                explained.getMessage());
    }

    @Test
    void explain_metadataFromBlockedHttpRepositories_namesEveryBlockedRepository() {
        RemoteRepository legacy =
                new RemoteRepository.Builder("legacy-repo", "default", "http://legacy.acme.internal/repo/").build();
        OfflineDockerException explained = ResolutionFailures.explain("deps", collectionFailed(rangeFailed(
                new MetadataNotFoundException(VERSION_LIST, CENTRAL),
                new MetadataTransferException(VERSION_LIST, blocker(COMPANY_HTTP, legacy), "Blocked mirror for"
                        + " repositories: [company-repo (http://repo.acme.internal/maven2/, default,"
                        + " releases+snapshots), legacy-repo (http://legacy.acme.internal/repo/, default,"
                        + " releases+snapshots)]"))));

        assertInstanceOf(ConfigurationException.class, explained);
        assertEquals("Repositories 'company-repo' (http://repo.acme.internal/maven2/), 'legacy-repo'"
                + " (http://legacy.acme.internal/repo/) are on plain HTTP, which Maven 3.8.1 and later block for every"
                + " host but localhost (the mirror 'maven-default-http-blocker' of Maven's conf/settings.xml), so"
                + " Maven did not ask for the version list of com.acme:math-utils (maven-metadata.xml, read to"
                + " resolve com.acme:math-utils:jar:[1.0,2.0)). Move the repository to HTTPS and change"
                + " its <url> to https://, or, if you accept plain HTTP for it, add a <mirror> to ~/.m2/settings.xml"
                + " with <id>company-repo</id>, <mirrorOf>company-repo</mirrorOf> and"
                + " <url>http://repo.acme.internal/maven2/</url>: a mirror of your own for that id comes before"
                + " Maven's blocker, and the <server> with <id>company-repo</id> still gives its login.",
                explained.getMessage());
    }

    @Test
    void explain_refusalBesideBlockedRepository_reportsTheRefusal() {
        OfflineDockerException explained = ResolutionFailures.explain("deps", rangeFailed(
                new MetadataTransferException(VERSION_LIST, blocker(COMPANY_HTTP), "Blocked mirror for repositories:"
                        + " [company-repo (http://repo.acme.internal/maven2/, default, releases+snapshots)]"),
                new MetadataTransferException(VERSION_LIST, privateRepo(false), UNAUTHORIZED)));

        assertInstanceOf(ConfigurationException.class, explained);
        assertEquals("Repository 'private-repo' (http://127.0.0.1:1/releases/) answered 401 Unauthorized for the"
                + " version list of com.acme:math-utils (maven-metadata.xml, read to resolve"
                + " com.acme:math-utils:jar:[1.0,2.0)): settings.xml has no <server> with <id>private-repo</id>. Add"
                + " one with the <username> and <password> (or <configuration><httpHeaders> token) of that"
                + " repository to ~/.m2/settings.xml.", explained.getMessage());
    }

    @Test
    void explain_rangeWithoutVersionsOrFailures_isConfigurationProblemListingRepositories() {
        OfflineDockerException explained = ResolutionFailures.explain("deps", collectionFailed(rangeFailed()));

        assertInstanceOf(ConfigurationException.class, explained);
        assertEquals("No version of com.acme:math-utils:jar:[1.0,2.0) is in its repositories ('private-repo'"
                + " (http://127.0.0.1:1/releases/), 'central' (https://central.invalid/maven2)). Change the range in"
                + " the POM, or add the repository that holds a version in it to <repositories> (and its"
                + " credentials to a settings.xml <server>).",
                explained.getMessage());
    }

    @Test
    void explain_rangeWithoutVersionsMissingOnlyLocally_isConfigurationProblem() {
        VersionRangeResult result = new VersionRangeResult(new VersionRangeRequest(MATH_RANGE, List.of(), null));
        result.addException(new MetadataNotFoundException(VERSION_LIST, new LocalRepository("/tmp/offline-local")));

        OfflineDockerException explained = ResolutionFailures.explain("deps",
                new VersionRangeResolutionException(result, "No versions available"));

        assertInstanceOf(ConfigurationException.class, explained);
        assertEquals("No version of com.acme:math-utils:jar:[1.0,2.0) is in its repositories. Change the range in"
                + " the POM, or add the repository that holds a version in it to <repositories> (and its"
                + " credentials to a settings.xml <server>).",
                explained.getMessage());
    }

    @Test
    void explain_rangeWithVersionsAndNoTransferFailure_isEnvironmentProblemWithOriginalMessage() throws Exception {
        VersionRangeResult result = new VersionRangeResult(new VersionRangeRequest(MATH_RANGE, List.of(CENTRAL), null));
        result.addVersion(new GenericVersionScheme().parseVersion("1.5"));

        OfflineDockerException explained = ResolutionFailures.explain("deps",
                new VersionRangeResolutionException(result, "Something else went wrong"));

        assertInstanceOf(EnvironmentException.class, explained);
        assertEquals("Could not resolve deps: Something else went wrong", explained.getMessage());
    }
}
