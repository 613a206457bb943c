package io.github.offlinedocker.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JvmConfigTest {

    @Test
    void of_secretNamedProperties_takenOutTheRestAsWritten() {
        JvmConfig config = JvmConfig.of("-Xmx1g --add-exports jdk.compiler/com.sun.tools.javac.api=ALL-UNNAMED\n"
                + "-Dsonar.password=s3cr3t -Dquality.url=https://q.example -DNPM_TOKEN='a b'\n-Dflag\n");

        assertEquals("-Xmx1g --add-exports jdk.compiler/com.sun.tools.javac.api=ALL-UNNAMED\n"
                + " -Dquality.url=https://q.example \n-Dflag\n", config.text());
        assertEquals(Set.of("NPM_TOKEN", "sonar.password"), config.secretNames());
        assertEquals(List.of("NPM_TOKEN", "sonar.password"), List.copyOf(config.secretNames()));
        assertEquals(Map.of("quality.url", "https://q.example", "flag", ""), config.properties());
        assertTrue(config.isFiltered());
    }

    @Test
    void of_noSecretName_unchangedAndNotFiltered() {
        String text = "-Dgreeting.jvm=from-jvm-config -Xss4m";
        JvmConfig config = JvmConfig.of(text);

        assertEquals(text, config.text());
        assertFalse(config.isFiltered());
    }

    @Test
    void of_propertyInsideAnotherOption_notTakenForOne() {
        JvmConfig config = JvmConfig.of("-javaagent:agent.jar=-Dapi.key=x");

        assertEquals("-javaagent:agent.jar=-Dapi.key=x", config.text());
        assertTrue(config.secretNames().isEmpty());
    }

    @Test
    void valuesByElement_namesThePropertyAndTheFile() {
        assertEquals(Map.of("The system property quality.url of .mvn/jvm.config, which the build context carries"
                + " into the builder stage,", "https://q.example"),
                JvmConfig.of("-Dquality.url=https://q.example -Dci.login=x").valuesByElement());
    }

    @Test
    void read_missingFile_none(@TempDir Path temp) throws Exception {
        assertSame(JvmConfig.NONE, JvmConfig.read(temp.resolve(".mvn/jvm.config")));
    }

    @Test
    void read_file_filtersIt(@TempDir Path temp) throws Exception {
        Path file = temp.resolve("jvm.config");
        Files.writeString(file, "-Dgpg.passphrase=x -Xmx512m");

        assertEquals(" -Xmx512m", JvmConfig.read(file).text());
    }
}
