package io.github.offlinedocker.resolve;

import java.util.Collection;
import java.util.List;
import org.apache.maven.artifact.versioning.ComparableVersion;

/**
 * Writes the version list offline Maven reads for a version range or a plugin version. It is made from the
 * versions the offline repository holds, not copied from a remote repository: a copied list names versions
 * that are not there, and its file name ({@code maven-metadata-<repositoryId>.xml}) would reveal the
 * repository id. Offline Maven reads {@code maven-metadata-local.xml} whatever the repository ids.
 */
final class MetadataWriter {

    /** The file name of metadata that offline Maven reads as the local repository's own. */
    static final String LOCAL_METADATA = "maven-metadata-local.xml";

    /** A fixed time stamp, so the same closure always gives the same bytes. */
    private static final String LAST_UPDATED = "19800101000000";

    private MetadataWriter() {}

    /** The metadata text listing {@code versions} of {@code groupId:artifactId}, oldest first. */
    static String versionList(String groupId, String artifactId, Collection<String> versions) {
        List<String> sorted = versions.stream().distinct().sorted(MetadataWriter::compare).toList();
        String latest = sorted.get(sorted.size() - 1);
        String release = sorted.stream().filter(v -> !v.endsWith("-SNAPSHOT")).reduce((a, b) -> b).orElse(null);
        StringBuilder xml = new StringBuilder()
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<metadata>\n")
                .append("  <groupId>").append(groupId).append("</groupId>\n")
                .append("  <artifactId>").append(artifactId).append("</artifactId>\n")
                .append("  <versioning>\n")
                .append("    <latest>").append(latest).append("</latest>\n");
        if (release != null) {
            xml.append("    <release>").append(release).append("</release>\n");
        }
        xml.append("    <versions>\n");
        for (String version : sorted) {
            xml.append("      <version>").append(version).append("</version>\n");
        }
        return xml.append("    </versions>\n")
                .append("    <lastUpdated>").append(LAST_UPDATED).append("</lastUpdated>\n")
                .append("  </versioning>\n")
                .append("</metadata>\n")
                .toString();
    }

    private static int compare(String a, String b) {
        return new ComparableVersion(a).compareTo(new ComparableVersion(b));
    }
}
