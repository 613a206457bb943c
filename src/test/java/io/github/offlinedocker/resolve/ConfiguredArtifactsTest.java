package io.github.offlinedocker.resolve;

import static io.github.offlinedocker.XmlElements.element;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;

class ConfiguredArtifactsTest {

    private static final BuilderPlatform LINUX = new BuilderPlatform("linux-x86_64", "osx-aarch_64");

    private static Xpp3Dom gav(String name, String groupId, String artifactId, String version) {
        return element(name, null, element("groupId", groupId), element("artifactId", artifactId),
                element("version", version));
    }

    @Test
    void of_animalSnifferSignature_signatureArtifact() {
        Xpp3Dom configuration = element("configuration", null,
                gav("signature", "org.codehaus.mojo.signature", "java18", "1.0"));
        assertEquals(List.of("org.codehaus.mojo.signature:java18:signature:1.0"),
                ConfiguredArtifacts.of("org.codehaus.mojo", "animal-sniffer-maven-plugin", configuration, LINUX));
    }

    @Test
    void of_animalSnifferSignatureAsText_signatureArtifact() {
        Xpp3Dom configuration = element("configuration", null,
                element("signature", "net.sf.androidscents.signature:android-api-level-21:5.0.1_r2"));
        assertEquals(List.of("net.sf.androidscents.signature:android-api-level-21:signature:5.0.1_r2"),
                ConfiguredArtifacts.of("org.codehaus.mojo", "animal-sniffer-maven-plugin", configuration, LINUX));
    }

    @Test
    void of_japicmpOldVersion_baselineJar() {
        Xpp3Dom configuration = element("configuration", null,
                element("oldVersion", null, gav("dependency", "org.jsoup", "jsoup", "1.23.1")));
        assertEquals(List.of("org.jsoup:jsoup:jar:1.23.1"),
                ConfiguredArtifacts.of("com.github.siom79.japicmp", "japicmp-maven-plugin", configuration, LINUX));
    }

    @Test
    void of_otherPluginOrNoConfiguration_nothing() {
        Xpp3Dom configuration = element("configuration", null, gav("signature", "g", "a", "1"));
        assertEquals(List.of(), ConfiguredArtifacts.of("org.example", "other-plugin", configuration, LINUX));
        assertEquals(List.of(), ConfiguredArtifacts.of("org.codehaus.mojo", "animal-sniffer-maven-plugin", null, LINUX));
    }

    @Test
    void of_protobufDetectedClassifier_builderPlatformsExecutables() {
        Xpp3Dom configuration = element("configuration", null,
                element("protocArtifact", "com.google.protobuf:protoc:3.25.5:exe:${os.detected.classifier}"),
                element("pluginArtifact", "io.grpc:protoc-gen-grpc-java:1.68.1:exe:osx-aarch_64"),
                element("protocPlugins", null, element("protocPlugin", null, element("id", "reactor"),
                        element("groupId", "com.salesforce.servicelibs"), element("artifactId", "reactor-grpc"),
                        element("version", "1.2.4"))));
        assertEquals(List.of("com.google.protobuf:protoc:exe:linux-x86_64:3.25.5",
                        "io.grpc:protoc-gen-grpc-java:exe:linux-x86_64:1.68.1",
                        "com.salesforce.servicelibs:reactor-grpc:jar:1.2.4"),
                ConfiguredArtifacts.of("org.xolstice.maven.plugins", "protobuf-maven-plugin", configuration, LINUX));
    }
}
