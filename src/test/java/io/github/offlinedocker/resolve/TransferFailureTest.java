package io.github.offlinedocker.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.metadata.DefaultMetadata;
import org.eclipse.aether.metadata.Metadata;
import org.eclipse.aether.repository.LocalRepository;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.transfer.ArtifactNotFoundException;
import org.eclipse.aether.transfer.ArtifactTransferException;
import org.eclipse.aether.transfer.MetadataNotFoundException;
import org.eclipse.aether.transfer.MetadataTransferException;
import org.junit.jupiter.api.Test;

class TransferFailureTest {

    private static final DefaultArtifact MATH = new DefaultArtifact("com.acme:math-utils:1.0.0");
    private static final RemoteRepository REPO =
            new RemoteRepository.Builder("private-repo", "default", "https://repo.acme.invalid/releases/").build();
    private static final Metadata GROUP =
            new DefaultMetadata("com.acme.plugins", "maven-metadata.xml", Metadata.Nature.RELEASE_OR_SNAPSHOT);
    private static final Metadata VERSION_LIST =
            new DefaultMetadata("com.acme", "math-utils", "maven-metadata.xml", Metadata.Nature.RELEASE_OR_SNAPSHOT);
    private static final Metadata BUILDS =
            new DefaultMetadata("com.acme", "math-utils", "1.0-SNAPSHOT", "maven-metadata.xml", Metadata.Nature.SNAPSHOT);

    private static TransferFailure artifactFailure(RemoteRepository repository, String message) {
        return TransferFailure.of(new ArtifactTransferException(MATH, repository, message)).orElseThrow();
    }

    private static String statusOf(Throwable cause) {
        return TransferFailure.of(new ArtifactTransferException(MATH, REPO, "Could not transfer artifact", cause))
                .orElseThrow().status();
    }

    private static RemoteRepository blocker() {
        RemoteRepository http =
                new RemoteRepository.Builder("company-repo", "default", "http://repo.acme.internal/maven2/").build();
        return new RemoteRepository.Builder("maven-default-http-blocker", "default", "http://0.0.0.0/")
                .setBlocked(true)
                .setMirroredRepositories(List.of(http))
                .build();
    }

    @Test
    void of_artifactTransfer_keepsExceptionRepositoryAndCoordinates() {
        ArtifactTransferException failure = new ArtifactTransferException(MATH, REPO, "Connection reset");

        TransferFailure transfer = TransferFailure.of(failure).orElseThrow();

        assertSame(failure, transfer.exception());
        assertSame(REPO, transfer.repository());
        assertEquals("com.acme:math-utils:jar:1.0.0", transfer.subject());
        assertFalse(transfer.metadata());
    }

    @Test
    void of_metadataTransfer_describesTheFileAsMetadata() {
        MetadataTransferException failure = new MetadataTransferException(VERSION_LIST, REPO, "Connection reset");

        TransferFailure transfer = TransferFailure.of(failure).orElseThrow();

        assertSame(failure, transfer.exception());
        assertSame(REPO, transfer.repository());
        assertEquals("the version list of com.acme:math-utils", transfer.subject());
        assertTrue(transfer.metadata());
    }

    @Test
    void of_metadataNotFoundInLocalRepository_isEmpty() {
        MetadataNotFoundException local =
                new MetadataNotFoundException(VERSION_LIST, new LocalRepository("/tmp/offline-local"));

        assertNull(local.getRepository());
        assertEquals(Optional.empty(), TransferFailure.of(local));
    }

    @Test
    void of_metadataNotFoundWithoutRepository_isEmpty() {
        assertEquals(Optional.empty(),
                TransferFailure.of(new MetadataNotFoundException(VERSION_LIST, (RemoteRepository) null)));
    }

    @Test
    void of_metadataNotFoundInRemoteRepository_isNotFound() {
        TransferFailure transfer = TransferFailure.of(new MetadataNotFoundException(VERSION_LIST, REPO)).orElseThrow();

        assertSame(REPO, transfer.repository());
        assertTrue(transfer.isNotFound());
        assertFalse(transfer.isRefused());
    }

    @Test
    void of_otherException_isEmpty() {
        assertEquals(Optional.empty(),
                TransferFailure.of(new IllegalStateException("status code: 401, reason phrase: Unauthorized")));
    }

    @Test
    void isNotFound_artifactNotFound_isTrue() {
        TransferFailure transfer = TransferFailure.of(new ArtifactNotFoundException(MATH, REPO)).orElseThrow();

        assertTrue(transfer.isNotFound());
        assertFalse(transfer.isRefused());
    }

    @Test
    void isNotFound_404InTransferMessage_isTrue() {
        assertTrue(artifactFailure(REPO, "status code: 404, reason phrase: Not Found").isNotFound());
    }

    @Test
    void isNotFound_connectionRefused_isFalse() {
        assertFalse(artifactFailure(REPO, "Connection refused").isNotFound());
    }

    @Test
    void isRefused_401FromRepository_isTrue() {
        assertTrue(artifactFailure(REPO, "status code: 401, reason phrase: Unauthorized").isRefused());
    }

    @Test
    void isRefused_401WithoutRepository_isFalse() {
        TransferFailure transfer = artifactFailure(null, "status code: 401, reason phrase: Unauthorized");

        assertEquals("401", transfer.status());
        assertFalse(transfer.isRefused());
    }

    @Test
    void isRefused_connectionRefusedAnd404_areFalse() {
        assertFalse(artifactFailure(REPO, "Connection refused").isRefused());
        assertFalse(artifactFailure(REPO, "status code: 404, reason phrase: Not Found").isRefused());
    }

    @Test
    void isRefused_metadata407_isTrue() {
        assertTrue(TransferFailure.of(new MetadataTransferException(VERSION_LIST, REPO,
                "status code: 407, reason phrase: Proxy Authentication Required")).orElseThrow().isRefused());
    }

    @Test
    void isRefused_notFoundWhoseSnapshotBuildNumberIs401_isFalse() {
        DefaultArtifact build = new DefaultArtifact("com.acme:math-utils:1.0-20240101.120000-401");
        TransferFailure transfer = TransferFailure.of(new ArtifactNotFoundException(build, REPO)).orElseThrow();

        assertTrue(transfer.isNotFound());
        assertFalse(transfer.isRefused(), "status read from the message: " + transfer.status());
    }

    @Test
    void isBlocked_blockerMirror_isTrue() {
        TransferFailure transfer = artifactFailure(blocker(), "Blocked mirror for repositories: [company-repo"
                + " (http://repo.acme.internal/maven2/, default, releases+snapshots)]");

        assertTrue(transfer.isBlocked());
        assertFalse(transfer.isRefused());
        assertFalse(transfer.isNotFound());
    }

    @Test
    void isBlocked_blockerMirrorForMetadata_isTrue() {
        assertTrue(TransferFailure.of(new MetadataTransferException(GROUP, blocker(), "Blocked mirror"))
                .orElseThrow().isBlocked());
    }

    @Test
    void isBlocked_unblockedOrNoRepository_isFalse() {
        assertFalse(artifactFailure(REPO, "Connection refused").isBlocked());
        assertFalse(artifactFailure(null, "Connection refused").isBlocked());
    }

    @Test
    void status_401InACausesMessage_is401() {
        assertEquals("401", statusOf(new IOException("status code: 401, reason phrase: Unauthorized")));
    }

    @Test
    void status_407InADeeperCause_is407() {
        assertEquals("407", statusOf(new IOException("tunnel failed",
                new IOException("Proxy returned status: 407 Proxy Authentication Required"))));
    }

    @Test
    void status_maven4TooManyAuthenticationAttempts_isLoginRefused() {
        assertEquals(TransferFailure.LOGIN_REFUSED, statusOf(new IOException("too many authentication attempts. Limit: 3")));
    }

    @Test
    void status_maven4NoCredentialsProvided_isNoLogin() {
        assertEquals(TransferFailure.NO_LOGIN, statusOf(new IOException("No credentials provided")));
    }

    @Test
    void status_forbidden_is403() {
        assertEquals("403", statusOf(new IOException("Access denied to: https://repo.acme.invalid/x.pom, ReasonPhrase:"
                + " Forbidden.")));
    }

    @Test
    void status_wagonNotAuthorized_is401() {
        assertEquals("401", artifactFailure(REPO, "Not authorized , ReasonPhrase:Unauthorized.").status());
    }

    @Test
    void status_noStatusAnywhere_isEmpty() {
        assertEquals("", statusOf(new IOException("Connection refused")));
        assertEquals("", statusOf(new IOException((String) null)));
    }

    @Test
    void status_numberInsideALongerNumber_isNotAStatus() {
        assertEquals("", artifactFailure(REPO, "Read timed out after 4010 ms").status());
    }

    @Test
    void isAuthenticationStatus_refusalsOnly() {
        for (String status : List.of("401", "403", "407", TransferFailure.LOGIN_REFUSED, TransferFailure.NO_LOGIN)) {
            assertTrue(TransferFailure.isAuthenticationStatus(status), status);
        }
        assertFalse(TransferFailure.isAuthenticationStatus("404"));
        assertFalse(TransferFailure.isAuthenticationStatus(""));
    }

    @Test
    void describe_groupLevelMetadata_namesThePluginPrefixes() {
        assertEquals("the plugin prefixes of com.acme.plugins", TransferFailure.describe(GROUP));
    }

    @Test
    void describe_artifactLevelMetadata_namesTheVersionList() {
        assertEquals("the version list of com.acme:math-utils",
                TransferFailure.describe(VERSION_LIST));
    }

    @Test
    void describe_versionLevelMetadata_namesTheSnapshotsBuilds() {
        assertEquals("the builds of com.acme:math-utils:1.0-SNAPSHOT",
                TransferFailure.describe(BUILDS));
    }

    @Test
    void describe_noMetadata_isNull() {
        assertNull(TransferFailure.describe(null));
    }
}
