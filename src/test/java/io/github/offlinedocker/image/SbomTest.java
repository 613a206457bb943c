package io.github.offlinedocker.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.github.packageurl.PackageURL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cyclonedx.Version;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.Test;

class SbomTest {

    private static final String SHA = "a".repeat(64);

    private static final Sbom.Component APPLICATION = new Sbom.Component("com.acme", "ledger", "1.0", "", "war", "", "");

    private static final Sbom.Component GUAVA = new Sbom.Component("com.google.guava", "guava", "33.0.0-jre", "",
            "jar", SHA, "central");

    private static final Sbom.Component NATIVE = new Sbom.Component("com.acme", "codec", "2.0-20261201.101010-3",
            "linux-x86_64", "so", "b".repeat(64), "corp-snapshots");

    @Test
    void json_validCycloneDxOfItsVersion_asCycloneDxParsesIt() throws Exception {
        byte[] json = new Sbom(APPLICATION, List.of(NATIVE, GUAVA)).json().getBytes(StandardCharsets.UTF_8);

        JsonParser parser = new JsonParser();
        assertEquals(List.of(), parser.validate(json, Version.VERSION_16));
        Bom bom = parser.parse(json);
        assertEquals("pkg:maven/com.acme/ledger@1.0?type=war", bom.getMetadata().getComponent().getPurl());
        List<Component> components = bom.getComponents();
        assertEquals(List.of("pkg:maven/com.acme/codec@2.0-20261201.101010-3?classifier=linux-x86_64&type=so",
                "pkg:maven/com.google.guava/guava@33.0.0-jre"), components.stream().map(Component::getPurl).toList());
        Component guava = components.get(1);
        assertEquals(Component.Type.LIBRARY, guava.getType());
        assertEquals("com.google.guava", guava.getGroup());
        assertEquals("SHA-256", guava.getHashes().get(0).getAlgorithm());
        assertEquals(SHA, guava.getHashes().get(0).getValue());
        assertEquals(Sbom.REPOSITORY_PROPERTY, guava.getProperties().get(0).getName());
        assertEquals("central", guava.getProperties().get(0).getValue());
        assertEquals("corp-snapshots", components.get(0).getProperties().get(0).getValue());
    }

    @Test
    void json_sameContent_sameBytesAndAnotherContentAnotherSerialNumber() throws Exception {
        String json = new Sbom(APPLICATION, List.of(GUAVA, NATIVE)).json();
        assertEquals(json, new Sbom(APPLICATION, List.of(NATIVE, GUAVA)).json());

        JsonParser parser = new JsonParser();
        String serial = parser.parse(json.getBytes(StandardCharsets.UTF_8)).getSerialNumber();
        String other = parser.parse(new Sbom(APPLICATION, List.of(GUAVA)).json().getBytes(StandardCharsets.UTF_8))
                .getSerialNumber();
        assertNotEquals(serial, other);
    }

    @Test
    void purl_classifierAndType_readBackBySpecLibrary() throws Exception {
        PackageURL purl = new PackageURL(NATIVE.purl());
        assertEquals("maven", purl.getType());
        assertEquals("com.acme", purl.getNamespace());
        assertEquals("codec", purl.getName());
        assertEquals("2.0-20261201.101010-3", purl.getVersion());
        assertEquals("linux-x86_64", purl.getQualifiers().get("classifier"));
        assertEquals("so", purl.getQualifiers().get("type"));
        assertEquals("pkg:maven/com.google.guava/guava@33.0.0-jre", GUAVA.purl());
    }
}
