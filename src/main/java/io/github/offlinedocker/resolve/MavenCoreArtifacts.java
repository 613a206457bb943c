package io.github.offlinedocker.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.maven.project.MavenProject;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The artifacts Maven's core exports to every plugin, as the running Maven lists them
 * ({@code <exportedArtifacts>} of its {@code META-INF/maven/extension.xml}): a plugin that declares one of them
 * gets Maven's own classes instead, so what those classes reach is Maven's business, not the plugin's.
 */
final class MavenCoreArtifacts {

    private static final Set<String> EXPORTED = read();

    private MavenCoreArtifacts() {}

    /** Whether {@code groupId:artifactId} is one of Maven's exported artifacts. */
    static boolean isExported(String groupId, String artifactId) {
        return EXPORTED.contains(groupId + ":" + artifactId);
    }

    // The JDK's parser: Maven 3.9 exports no XML reader of plexus-utils to plugins.
    private static Set<String> read() {
        Set<String> exported = new HashSet<>();
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Enumeration<URL> descriptors =
                    MavenProject.class.getClassLoader().getResources("META-INF/maven/extension.xml");
            for (URL descriptor : Collections.list(descriptors)) {
                try (InputStream in = descriptor.openStream()) {
                    NodeList artifacts = factory.newDocumentBuilder().parse(in)
                            .getElementsByTagName("exportedArtifact");
                    for (int i = 0; i < artifacts.getLength(); i++) {
                        exported.add(artifacts.item(i).getTextContent().trim());
                    }
                }
            }
        } catch (IOException | ParserConfigurationException | SAXException e) {
            // Without the list every plugin jar is searched: more mojos count as resolving, none fewer.
        }
        return Set.copyOf(exported);
    }
}
