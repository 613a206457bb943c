package io.github.offlinedocker.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.offlinedocker.ConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoreExtensionsTest {

    @TempDir
    Path temp;

    @Test
    void read_extensionsInOrder() throws Exception {
        Path file = Files.writeString(temp.resolve("extensions.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <extensions xmlns="http://maven.apache.org/EXTENSIONS/1.1.0">
                  <extension><groupId>kr.motd.maven</groupId><artifactId>os-maven-plugin</artifactId><version>1.7.1</version></extension>
                  <extension>
                    <groupId>com.acme</groupId>
                    <artifactId>ext</artifactId>
                    <version> 2.0 </version>
                  </extension>
                </extensions>
                """);
        assertEquals(List.of("kr.motd.maven:os-maven-plugin:1.7.1", "com.acme:ext:2.0"), CoreExtensions.read(file));
    }

    @Test
    void read_noFile_none() throws Exception {
        assertEquals(List.of(), CoreExtensions.read(temp.resolve("missing.xml")));
    }

    @Test
    void read_incompleteExtension_namesItAndWhatIsMissing() throws Exception {
        Path file = Files.writeString(temp.resolve("extensions.xml"),
                "<extensions><extension><groupId>g</groupId><artifactId>a</artifactId></extension></extensions>");
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> CoreExtensions.read(file));
        assertEquals(file + ": <extension> #1 needs <groupId>, <artifactId> and <version>; found 'g:a:'.",
                e.getMessage());
    }

    @Test
    void read_malformedXmlOrDoctype_configurationError() throws Exception {
        Path broken = Files.writeString(temp.resolve("broken.xml"), "<extensions><extension>");
        assertTrue(assertThrows(ConfigurationException.class, () -> CoreExtensions.read(broken))
                .getMessage().startsWith("Could not read the core extensions in " + broken));
        Path doctype = Files.writeString(temp.resolve("doctype.xml"),
                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><extensions>&e;</extensions>");
        assertThrows(ConfigurationException.class, () -> CoreExtensions.read(doctype));
    }
}
