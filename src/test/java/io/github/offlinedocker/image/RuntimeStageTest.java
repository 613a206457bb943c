package io.github.offlinedocker.image;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.offlinedocker.ConfigurationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuntimeStageTest {

    private static RuntimeStage stage(String user, List<String> ports, Map<String, String> environment) {
        return new RuntimeStage("jre:17", user, ports, environment, List.of(), List.of());
    }

    @Test
    void check_validSettings_passes() {
        assertDoesNotThrow(() -> stage("65532:65532", List.of("8080", "53/udp"), Map.of("JAVA_TOOL_OPTIONS", "-Xss1m"))
                .check());
        assertDoesNotThrow(() -> stage("app", List.of(), Map.of()).check());
    }

    @Test
    void check_badPort_namesElementAndValue() {
        for (String port : List.of("0", "65536", "http", "8080/tcpx")) {
            ConfigurationException e = assertThrows(ConfigurationException.class,
                    () -> stage("app", List.of(port), Map.of()).check());
            assertTrue(e.getMessage().startsWith("<ports> '" + port + "'"), e.getMessage());
        }
    }

    @Test
    void check_badVariableName_namesElementAndValue() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> stage("app", List.of(), Map.of("1BAD", "x")).check());
        assertTrue(e.getMessage().startsWith("<environment> '1BAD'"), e.getMessage());
    }

    @Test
    void check_badUser_namesElementAndValue() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> stage("root user", List.of(), Map.of()).check());
        assertTrue(e.getMessage().startsWith("<user> 'root user'"), e.getMessage());
    }
}
