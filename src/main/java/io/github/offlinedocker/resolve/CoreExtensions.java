package io.github.offlinedocker.resolve;

import io.github.offlinedocker.ConfigurationException;
import io.github.offlinedocker.project.BuilderReactor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** The core extensions a build loads from {@code .mvn/extensions.xml} before it reads any POM. */
public final class CoreExtensions {

    /** Where Maven looks for them, relative to the top directory of the build. */
    public static final String FILE = BuilderReactor.CORE_EXTENSIONS;

    private CoreExtensions() {}

    /** The extensions in {@code file} as {@code groupId:artifactId:version}; none when the file does not exist. */
    public static List<String> read(Path file) throws ConfigurationException {
        List<String> extensions = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return extensions;
        }
        Document document = parse(file);
        NodeList nodes = document.getDocumentElement().getElementsByTagName("extension");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element extension = (Element) nodes.item(i);
            String groupId = text(extension, "groupId");
            String artifactId = text(extension, "artifactId");
            String version = text(extension, "version");
            if (groupId.isEmpty() || artifactId.isEmpty() || version.isEmpty()) {
                throw new ConfigurationException(file + ": <extension> #" + (i + 1) + " needs <groupId>, <artifactId>"
                        + " and <version>; found '" + groupId + ":" + artifactId + ":" + version + "'.");
            }
            extensions.add(groupId + ":" + artifactId + ":" + version);
        }
        return extensions;
    }

    private static Document parse(Path file) throws ConfigurationException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(file.toFile());
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new ConfigurationException("Could not read the core extensions in " + file + ": " + e.getMessage()
                    + ". Fix the XML (see https://maven.apache.org/configure.html#mvn-extensions-xml-file).", e);
        }
    }

    private static String text(Element parent, String name) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && name.equals(element.getTagName())) {
                return element.getTextContent().trim();
            }
        }
        return "";
    }
}
