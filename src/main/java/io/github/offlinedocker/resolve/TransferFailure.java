package io.github.offlinedocker.resolve;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.aether.RepositoryException;
import org.eclipse.aether.metadata.Metadata;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.transfer.ArtifactNotFoundException;
import org.eclipse.aether.transfer.ArtifactTransferException;
import org.eclipse.aether.transfer.MetadataNotFoundException;
import org.eclipse.aether.transfer.MetadataTransferException;

/**
 * One repository's failed answer to one request, as the resolver reports it: for an artifact, or for a metadata
 * file (the version list a range, {@code LATEST}/{@code RELEASE} or a plugin's version is resolved from, the
 * builds of a SNAPSHOT, a group's plugin prefixes). Both are explained alike.
 *
 * @param exception  what the resolver threw
 * @param repository the repository that answered; {@code null} when the resolver names none
 * @param subject    what was asked for, e.g. {@code com.acme:lib:jar:1.0} or {@code the version list of com.acme:lib};
 *                   {@code null} when the resolver does not say
 * @param metadata   whether a metadata file was asked for
 */
record TransferFailure(RepositoryException exception, RemoteRepository repository, String subject,
        boolean metadata) {

    /** Maven 4's JDK transport reports a refused login, and one not given, without the status: see {@link #status}. */
    static final String LOGIN_REFUSED = "login refused";
    static final String NO_LOGIN = "no login";

    private static final Pattern HTTP_STATUS = Pattern.compile("\\b(401|403|404|407)\\b");
    private static final Pattern URL = Pattern.compile("\\b[a-z][a-z0-9+.-]*://\\S*");

    /** {@code failure} as a transfer failure, when it is one; a metadata miss in the local repository is not. */
    static Optional<TransferFailure> of(Throwable failure) {
        if (failure instanceof ArtifactTransferException artifact) {
            return Optional.of(new TransferFailure(artifact, artifact.getRepository(),
                    artifact.getArtifact() == null ? null : artifact.getArtifact().toString(), false));
        }
        if (failure instanceof MetadataTransferException metadata && metadata.getRepository() != null) {
            return Optional.of(new TransferFailure(metadata, metadata.getRepository(),
                    describe(metadata.getMetadata()), true));
        }
        return Optional.empty();
    }

    /** Whether the repository does not have it: not an error of the repository, only of where it was looked for. */
    boolean isNotFound() {
        return "404".equals(status());
    }

    /** Whether the repository refused the request: a login missing, rejected, or not allowed to read. */
    boolean isRefused() {
        return repository != null && isAuthenticationStatus(status());
    }

    /** Whether Maven blocked the repository before asking it (its HTTP blocker mirrors plain HTTP repositories). */
    boolean isBlocked() {
        return repository != null && repository.isBlocked();
    }

    /**
     * The HTTP status the failure reports in its message or its causes' messages ({@code 401}, {@code 403},
     * {@code 404}, {@code 407}), {@link #LOGIN_REFUSED} or {@link #NO_LOGIN} for the JDK transport's words, or "".
     */
    String status() {
        if (exception instanceof ArtifactNotFoundException || exception instanceof MetadataNotFoundException) {
            return "404";
        }
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            // What was asked for and where can hold digits of their own: a build number 401, a port 403.
            String message = String.valueOf(cause.getMessage());
            if (subject != null) {
                message = message.replace(subject, "");
            }
            message = URL.matcher(message).replaceAll("");
            Matcher matcher = HTTP_STATUS.matcher(message);
            if (matcher.find()) {
                return matcher.group(1);
            }
            String lower = message.toLowerCase(Locale.ROOT);
            if (lower.contains("too many authentication attempts")) {
                return LOGIN_REFUSED;
            }
            if (lower.contains("no credentials provided")) {
                return NO_LOGIN;
            }
            if (lower.contains("not authorized") || lower.contains("unauthorized")) {
                return "401";
            }
            if (lower.contains("forbidden")) {
                return "403";
            }
        }
        return "";
    }

    static boolean isAuthenticationStatus(String status) {
        return List.of("401", "403", "407", LOGIN_REFUSED, NO_LOGIN).contains(status);
    }

    /** What a metadata file lists, by the level it is kept at: a group's, an artifact's or a SNAPSHOT version's. */
    static String describe(Metadata metadata) {
        if (metadata == null) {
            return null;
        }
        if (metadata.getArtifactId().isEmpty()) {
            return "the plugin prefixes of " + metadata.getGroupId();
        }
        String key = metadata.getGroupId() + ":" + metadata.getArtifactId();
        return metadata.getVersion().isEmpty()
                ? "the version list of " + key
                : "the builds of " + key + ":" + metadata.getVersion();
    }

    /**
     * What was asked for, for a message: a metadata file with its name and what it was read for
     * ({@code purpose}), e.g. {@code the version list of com.acme:lib (maven-metadata.xml, read to resolve
     * com.acme:lib:jar:[1.0,2.0))}.
     */
    String subject(String purpose) {
        if (!metadata || subject == null) {
            return subject;
        }
        return subject + " (" + ((MetadataTransferException) exception).getMetadata().getType() + ", read to resolve "
                + purpose + ")";
    }
}
