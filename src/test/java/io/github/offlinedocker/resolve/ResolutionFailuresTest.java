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
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.DependencyNode;
import org.eclipse.aether.repository.Proxy;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.transfer.ArtifactNotFoundException;
import org.eclipse.aether.transfer.ArtifactTransferException;
import org.eclipse.aether.transfer.ChecksumFailureException;
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
                + " (http://127.0.0.1:1/releases/): Premature end of Content-Length", explained.getMessage());
    }

    @Test
    void explain_connectionRefused_isEnvironmentProblem() {
        OfflineDockerException explained = ResolutionFailures.explain("deps",
                new ArtifactTransferException(MATH, privateRepo(true), "Connection refused"));
        assertInstanceOf(EnvironmentException.class, explained);
        assertEquals("Could not download com.acme:math-utils:jar:1.0.0 from repository 'private-repo'"
                + " (http://127.0.0.1:1/releases/): Connection refused", explained.getMessage());
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
}
