package io.github.offlinedocker.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.offlinedocker.ConfigurationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JlinkLayoutTest {

    private static final BuiltApplication APP = new BuiltApplication("target/app-1.0.jar", List.of("lib/target/lib-1.0.jar"),
            true);

    private static JlinkLayout linked(LinkableLayout application, int checkSeconds) {
        return new JlinkLayout(application, 17, List.of("jdk.crypto.ec"), checkSeconds);
    }

    @Test
    void builderCommands_linkFromTheApplicationsClassPathThenStartIt() {
        List<List<String>> commands = linked(new ClassPathLayout("com.acme.Main"), 10).builderCommands(APP);
        assertEquals(2, commands.size());
        List<String> link = commands.get(0);
        assertEquals(List.of("sh", "-c"), link.subList(0, 2));
        assertTrue(link.get(2).contains("--print-module-deps") && link.get(2).contains("--add-modules"), link.get(2));
        assertEquals(List.of("sh", "17", "target/offline-docker-layers/java-runtime", "jdk.crypto.ec", "1",
                "target/app-1.0.jar", "lib/target/lib-1.0.jar", "/var/cache/offline-docker/lib/*/*.jar"),
                link.subList(3, link.size()));
        List<String> check = commands.get(1);
        assertTrue(check.get(2).contains("<jlinkModules>"), check.get(2));
        assertEquals(List.of("sh", "target/offline-docker-layers/java-runtime/bin/java", "10", "-cp",
                "target/app-1.0.jar:lib/target/lib-1.0.jar:/var/cache/offline-docker/lib/releases/*"
                        + ":/var/cache/offline-docker/lib/private/*:/var/cache/offline-docker/lib/snapshots/*",
                "com.acme.Main"), check.subList(3, check.size()));
    }

    @Test
    void builderCommands_afterTheApplicationsOwnWithoutTheStartAtZeroSecondsBaseBeforeNine() {
        SpringBootLayout boot = SpringBootLayout.forPluginVersion("3.4.5").orElseThrow();
        List<List<String>> commands = linked(boot, 0).builderCommands(APP);
        assertEquals(2, commands.size());
        assertEquals(boot.builderCommands(APP).get(0), commands.get(0));
        assertEquals(List.of("1", "target/offline-docker-layers/application/BOOT-INF/classes",
                "target/offline-docker-layers/*/BOOT-INF/lib/*.jar"), commands.get(1).subList(7, 10));
        assertEquals("base", new JlinkLayout(new JarLayout(), 8, List.of(), 0).builderCommands(APP).get(0).get(4));
    }

    @Test
    void runtimeStage_linkedRuntimeFirstAndTheApplicationsCommandOnIt() {
        JlinkLayout layout = linked(new ClassPathLayout("com.acme.Main"), 10);
        assertEquals(new RuntimeCopy.FromBuilder("target/offline-docker-layers/java-runtime/", "/opt/java/"),
                layout.dependencyCopies(APP).get(0));
        assertEquals(new ClassPathLayout("com.acme.Main").dependencyCopies(APP), layout.dependencyCopies(APP).subList(1, 2));
        assertEquals(List.of("/opt/java/bin/java", "-Xss1m", "-cp", "/app/app.jar:/app/lib/*", "com.acme.Main"),
                layout.launch(List.of("-Xss1m")));
        assertEquals(Map.of("JAVA_HOME", "/opt/java"), layout.environment(List.of()));
        assertEquals("debian:bookworm-slim", layout.defaultRuntimeImage(17));
        assertTrue(layout.usesLibraries() && layout.buildsOnLibraries());
        assertTrue(!linked(new JarLayout(), 10).buildsOnLibraries());
    }

    @Test
    void check_badModuleOrSeconds_namesElementAndValue() {
        assertEquals("<jlinkModules> 'java sql' is not a module name: give names such as 'jdk.crypto.ec' or"
                        + " 'java.sql', as 'java --list-modules' prints them.",
                assertThrows(ConfigurationException.class,
                        () -> new JlinkLayout(new JarLayout(), 17, List.of("java sql"), 10).check()).getMessage());
        assertEquals("<jlinkCheckSeconds> -1 is negative: give the seconds the builder starts the application for,"
                        + " or 0 to leave the start out.",
                assertThrows(ConfigurationException.class,
                        () -> new JlinkLayout(new JarLayout(), 17, List.of(), -1).check()).getMessage());
    }
}
