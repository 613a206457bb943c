package io.github.offlinedocker.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.Optional;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.junit.jupiter.api.Test;

class PluginConfigurationTest {

    @Test
    void value_setBlankAbsentOrUnevaluated() throws Exception {
        Xpp3Dom configuration = Xpp3DomBuilder.build(new StringReader(
                "<configuration><parallel> classes </parallel><threads>${threadCount}</threads><empty/></configuration>"));
        assertEquals(Optional.of("classes"), PluginConfiguration.value(configuration, "parallel"));
        assertEquals(Optional.empty(), PluginConfiguration.value(configuration, "threads"));
        assertEquals(Optional.empty(), PluginConfiguration.value(configuration, "empty"));
        assertEquals(Optional.empty(), PluginConfiguration.value(configuration, "absent"));
        assertEquals(Optional.empty(), PluginConfiguration.value(null, "parallel"));
    }

    @Test
    void evaluated_trimmedOrEmpty() {
        assertEquals(Optional.of("17"), PluginConfiguration.evaluated(" 17 "));
        assertEquals(Optional.empty(), PluginConfiguration.evaluated("${java.version}"));
        assertEquals(Optional.empty(), PluginConfiguration.evaluated("  "));
        assertEquals(Optional.empty(), PluginConfiguration.evaluated(null));
    }
}
