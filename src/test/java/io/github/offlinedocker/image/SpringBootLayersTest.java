package io.github.offlinedocker.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpringBootLayersTest {

    @Test
    void forPluginVersion_fromThreeThree_toolsJarMode() {
        SpringBootLayers layers = SpringBootLayers.forPluginVersion("3.4.5").orElseThrow();
        assertEquals(new SpringBootLayers("tools", "org.springframework.boot.loader.launch.JarLauncher"), layers);
        assertEquals(List.of("java", "-Djarmode=tools", "-jar", "target/app.jar", "extract", "--layers", "--launcher",
                "--destination", "target/layers"), layers.extractCommand("target/app.jar", "target/layers"));
        assertEquals(Optional.of(layers), SpringBootLayers.forPluginVersion("4.0.0-M1"));
    }

    @Test
    void forPluginVersion_twoFourToThreeTwo_layertoolsAndTheLauncherOfTheirTime() {
        SpringBootLayers threeTwo = SpringBootLayers.forPluginVersion("3.2.12").orElseThrow();
        assertEquals(new SpringBootLayers("layertools", "org.springframework.boot.loader.launch.JarLauncher"),
                threeTwo);
        assertEquals(List.of("java", "-Djarmode=layertools", "-jar", "app.jar", "extract", "--destination", "layers"),
                threeTwo.extractCommand("app.jar", "layers"));
        assertEquals(Optional.of(new SpringBootLayers("layertools", "org.springframework.boot.loader.JarLauncher")),
                SpringBootLayers.forPluginVersion("2.4.0"));
        assertEquals("org.springframework.boot.loader.JarLauncher",
                SpringBootLayers.forPluginVersion("3.1.12").orElseThrow().launcher());
    }

    @Test
    void forPluginVersion_beforeTwoFourOrUnreadable_empty() {
        assertEquals(Optional.empty(), SpringBootLayers.forPluginVersion("2.3.12.RELEASE"));
        assertEquals(Optional.empty(), SpringBootLayers.forPluginVersion("1.5.22.RELEASE"));
        assertEquals(Optional.empty(), SpringBootLayers.forPluginVersion("${spring-boot.version}"));
        assertEquals(Optional.empty(), SpringBootLayers.forPluginVersion(null));
    }
}
