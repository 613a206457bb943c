package io.github.offlinedocker.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpringBootLayoutTest {

    private static final BuiltApplication APP = new BuiltApplication("target/app.jar", List.of(), false);

    @Test
    void forPluginVersion_fromThreeThree_toolsJarMode() {
        SpringBootLayout layout = SpringBootLayout.forPluginVersion("3.4.5").orElseThrow();
        assertEquals(new SpringBootLayout("tools", "org.springframework.boot.loader.launch.JarLauncher"), layout);
        assertEquals(List.of(List.of("java", "-Djarmode=tools", "-jar", "target/app.jar", "extract", "--layers",
                "--launcher", "--destination", "target/offline-docker-layers")), layout.builderCommands(APP));
        assertEquals(Optional.of(layout), SpringBootLayout.forPluginVersion("4.0.0-M1"));
    }

    @Test
    void forPluginVersion_twoFourToThreeTwo_layertoolsAndTheLauncherOfTheirTime() {
        SpringBootLayout threeTwo = SpringBootLayout.forPluginVersion("3.2.12").orElseThrow();
        assertEquals(new SpringBootLayout("layertools", "org.springframework.boot.loader.launch.JarLauncher"),
                threeTwo);
        assertEquals(List.of(List.of("java", "-Djarmode=layertools", "-jar", "app.jar", "extract", "--destination",
                        "offline-docker-layers")),
                threeTwo.builderCommands(new BuiltApplication("app.jar", List.of(), false)));
        assertEquals(Optional.of(new SpringBootLayout("layertools", "org.springframework.boot.loader.JarLauncher")),
                SpringBootLayout.forPluginVersion("2.4.0"));
        assertEquals("org.springframework.boot.loader.JarLauncher",
                SpringBootLayout.forPluginVersion("3.1.12").orElseThrow().launcher());
    }

    @Test
    void forPluginVersion_beforeTwoFourOrUnreadable_empty() {
        assertEquals(Optional.empty(), SpringBootLayout.forPluginVersion("2.3.12.RELEASE"));
        assertEquals(Optional.empty(), SpringBootLayout.forPluginVersion("1.5.22.RELEASE"));
        assertEquals(Optional.empty(), SpringBootLayout.forPluginVersion("${spring-boot.version}"));
        assertEquals(Optional.empty(), SpringBootLayout.forPluginVersion(null));
    }

    @Test
    void copies_libraryLayersBeforeTheApplicationLayer() {
        SpringBootLayout layout = SpringBootLayout.forPluginVersion("3.4.5").orElseThrow();
        assertEquals(List.of(
                        new RuntimeCopy.FromBuilder("target/offline-docker-layers/dependencies/", "/app/"),
                        new RuntimeCopy.FromBuilder("target/offline-docker-layers/spring-boot-loader/", "/app/"),
                        new RuntimeCopy.FromBuilder("target/offline-docker-layers/snapshot-dependencies/", "/app/")),
                layout.dependencyCopies(APP));
        assertEquals(List.of(new RuntimeCopy.FromBuilder("target/offline-docker-layers/application/", "/app/")),
                layout.applicationCopies(APP));
    }
}
