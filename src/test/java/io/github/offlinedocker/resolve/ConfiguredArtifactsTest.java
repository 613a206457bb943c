package io.github.offlinedocker.resolve;

import static io.github.offlinedocker.XmlElements.element;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;

class ConfiguredArtifactsTest {

    private static Xpp3Dom gav(String name, String groupId, String artifactId, String version) {
        return element(name, null, element("groupId", groupId), element("artifactId", artifactId),
                element("version", version));
    }

    @Test
    void of_animalSnifferSignature_signatureArtifact() {
        Xpp3Dom configuration = element("configuration", null,
                gav("signature", "org.codehaus.mojo.signature", "java18", "1.0"));
        assertEquals(List.of("org.codehaus.mojo.signature:java18:signature:1.0"),
                ConfiguredArtifacts.of("org.codehaus.mojo", "animal-sniffer-maven-plugin", configuration));
    }

    @Test
    void of_animalSnifferSignatureAsText_signatureArtifact() {
        Xpp3Dom configuration = element("configuration", null,
                element("signature", "net.sf.androidscents.signature:android-api-level-21:5.0.1_r2"));
        assertEquals(List.of("net.sf.androidscents.signature:android-api-level-21:signature:5.0.1_r2"),
                ConfiguredArtifacts.of("org.codehaus.mojo", "animal-sniffer-maven-plugin", configuration));
    }

    @Test
    void of_japicmpOldVersion_baselineJar() {
        Xpp3Dom configuration = element("configuration", null,
                element("oldVersion", null, gav("dependency", "org.jsoup", "jsoup", "1.23.1")));
        assertEquals(List.of("org.jsoup:jsoup:jar:1.23.1"),
                ConfiguredArtifacts.of("com.github.siom79.japicmp", "japicmp-maven-plugin", configuration));
    }

    @Test
    void of_otherPluginOrNoConfiguration_nothing() {
        Xpp3Dom configuration = element("configuration", null, gav("signature", "g", "a", "1"));
        assertEquals(List.of(), ConfiguredArtifacts.of("org.example", "other-plugin", configuration));
        assertEquals(List.of(), ConfiguredArtifacts.of("org.codehaus.mojo", "animal-sniffer-maven-plugin", null));
    }
}
