package io.github.offlinedocker.project;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.project.MavenProject;

/**
 * The OCI annotations of the image ({@code org.opencontainers.image.*}), read from the project: title, version,
 * the git revision when the project is in git, when it was created and where its source lives.
 */
public final class ImageLabels {

    private static final String PREFIX = "org.opencontainers.image.";

    private ImageLabels() {}

    /** The name of the label that says when the image was created. */
    public static final String CREATED = PREFIX + "created";

    /**
     * The labels of {@code project}'s image that its inputs decide, so they can go into the Dockerfile: title,
     * version, revision and source.
     */
    public static Map<String, String> of(MavenProject project) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(PREFIX + "title", project.getArtifactId());
        labels.put(PREFIX + "version", project.getVersion());
        GitRevision.of(project.getBasedir().toPath()).ifPresent(revision -> labels.put(PREFIX + "revision", revision));
        source(project).ifPresent(source -> labels.put(PREFIX + "source", source));
        return labels;
    }

    /** When the image is created: {@code project.build.outputTimestamp} (reproducible builds), else {@code now}. */
    public static String created(MavenProject project, Instant now) {
        return created(project.getProperties().getProperty("project.build.outputTimestamp"), now);
    }

    /** The output timestamp as ISO-8601 (Maven accepts ISO-8601 or seconds since the epoch), else {@code now}. */
    static String created(String outputTimestamp, Instant now) {
        if (outputTimestamp != null && !outputTimestamp.isBlank()) {
            String value = outputTimestamp.trim();
            try {
                return value.chars().allMatch(Character::isDigit) && value.length() > 1
                        ? Instant.ofEpochSecond(Long.parseLong(value)).toString()
                        : OffsetDateTime.parse(value).toInstant().toString();
            } catch (DateTimeParseException | NumberFormatException e) {
                // Not a timestamp (e.g. a single digit, which disables reproducible builds): use now.
            }
        }
        return now.toString();
    }

    /** The SCM URL, else the project URL, with any user information taken out: a URL may carry a token. */
    private static Optional<String> source(MavenProject project) {
        String url = project.getScm() != null && project.getScm().getUrl() != null
                ? project.getScm().getUrl()
                : project.getUrl();
        return Optional.ofNullable(url).filter(u -> !u.isBlank()).map(ImageLabels::withoutUserInfo);
    }

    static String withoutUserInfo(String url) {
        try {
            URI uri = new URI(url.trim());
            if (uri.getRawUserInfo() == null) {
                // Opaque forms such as 'scm:git:https://user:token@host/repo' keep their user info in the
                // scheme-specific part, where URI does not see it.
                return uri.getRawAuthority() == null ? afterLastAt(url) : uri.toString();
            }
            return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), uri.getQuery(),
                    uri.getFragment()).toString();
        } catch (URISyntaxException e) {
            return afterLastAt(url);
        }
    }

    /** Only what follows the last '@', so that no credential can pass. */
    private static String afterLastAt(String url) {
        return url.substring(url.lastIndexOf('@') + 1).trim();
    }
}
