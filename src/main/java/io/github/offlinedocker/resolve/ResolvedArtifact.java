package io.github.offlinedocker.resolve;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One file that the offline build needs, as the host's resolver found it.
 *
 * @param coordinates  {@code groupId:artifactId:extension[:classifier]:version}, version as resolved
 * @param groupId      group id
 * @param artifactId   artifact id
 * @param baseVersion  version as declared ({@code 1.0-SNAPSHOT}, not its timestamp)
 * @param classifier   classifier, empty when none
 * @param extension    file extension ({@code jar}, {@code pom}, …)
 * @param file         the file in the host's local repository
 * @param repositoryId id of the repository it came from, or {@code local} when it was installed locally
 */
public record ResolvedArtifact(
        String coordinates,
        String groupId,
        String artifactId,
        String baseVersion,
        String classifier,
        String extension,
        Path file,
        String repositoryId) {

    /** The version as resolved: a snapshot's timestamped version, a release's own. */
    public String version() {
        return coordinates.substring(coordinates.lastIndexOf(':') + 1);
    }

    /** Path of this artifact in a Maven repository that offline Maven reads as locally installed. */
    public String repositoryPath() {
        return groupId.replace('.', '/') + '/' + artifactId + '/' + baseVersion + '/' + fileName();
    }

    /** Path of the version list of this artifact's {@code groupId:artifactId} that offline Maven reads. */
    public String versionListPath() {
        return groupId.replace('.', '/') + '/' + artifactId + '/' + MetadataWriter.LOCAL_METADATA;
    }

    /** {@code artifactId-baseVersion[-classifier].extension}, the file name in a repository. */
    public String fileName() {
        return artifactId + '-' + baseVersion + (classifier.isEmpty() ? "" : '-' + classifier) + '.' + extension;
    }

    /** Whether this is a class-path jar (not a POM, not a packaged distribution). */
    public boolean isJar() {
        return "jar".equals(extension);
    }

    /** This artifact as one line of tab-separated fields, which {@link #parse} reads back. */
    String serialized() {
        return String.join("\t", coordinates, groupId, artifactId, baseVersion, classifier, extension,
                file.toString(), repositoryId);
    }

    /** Reads what {@link #serialized} wrote; empty when {@code line} is not such a line. */
    static Optional<ResolvedArtifact> parse(String line) {
        String[] f = line.split("\t", -1);
        return f.length == 8
                ? Optional.of(new ResolvedArtifact(f[0], f[1], f[2], f[3], f[4], f[5], Path.of(f[6]), f[7]))
                : Optional.empty();
    }
}
