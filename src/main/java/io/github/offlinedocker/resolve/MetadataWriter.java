package io.github.offlinedocker.resolve;

import java.io.StringWriter;
import java.util.Collection;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
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
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("metadata");
            element(xml, 1, "groupId", groupId);
            element(xml, 1, "artifactId", artifactId);
            indent(xml, 1);
            xml.writeStartElement("versioning");
            element(xml, 2, "latest", latest);
            if (release != null) {
                element(xml, 2, "release", release);
            }
            indent(xml, 2);
            xml.writeStartElement("versions");
            for (String version : sorted) {
                element(xml, 3, "version", version);
            }
            indent(xml, 2);
            xml.writeEndElement();
            element(xml, 2, "lastUpdated", LAST_UPDATED);
            indent(xml, 1);
            xml.writeEndElement();
            indent(xml, 0);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The JDK's XML writer failed on a string: " + e.getMessage(), e);
        }
        return text.append('\n').toString();
    }

    /** {@code <name>value</name>} on a line of its own, {@code depth} levels in; the writer escapes the value. */
    private static void element(XMLStreamWriter xml, int depth, String name, String value) throws XMLStreamException {
        indent(xml, depth);
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void indent(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    private static int compare(String a, String b) {
        return new ComparableVersion(a).compareTo(new ComparableVersion(b));
    }
}
