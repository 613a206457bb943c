package io.github.offlinedocker.image;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.offlinedocker.ConfigurationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ImageReferencesTest {

    @ParameterizedTest
    @ValueSource(strings = {"app", "app:1.0", "team/app:1.0.0-SNAPSHOT", "localhost:5000/team/app:latest",
            "registry.example.com/a_b/c-d__e:v1"})
    void checkTag_valid(String tag) {
        assertDoesNotThrow(() -> ImageReferences.checkTag("tags", tag));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "App:1.0", "app:", "app:-bad", "app:1.0@sha256:abc", "app name", "/app", "app//x"})
    void checkTag_invalid(String tag) {
        assertThrows(ConfigurationException.class, () -> ImageReferences.checkTag("tags", tag));
    }

    @ParameterizedTest
    @ValueSource(strings = {"registry.example.com/team/app-deps", "localhost:5000/deps", "deps"})
    void checkRepository_valid(String repository) {
        assertDoesNotThrow(() -> ImageReferences.checkRepository("dependencyCache", repository));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "registry.example.com/team/app-deps:1", "Team/Deps", "deps@sha256:" + "0"})
    void checkRepository_invalid(String repository) {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> ImageReferences.checkRepository("dependencyCache", repository));
        assertTrue(e.getMessage().startsWith("<dependencyCache> '" + repository + "' is not an image repository"));
    }

    @Test
    void checkTag_messageNamesElementValueAndFix() {
        ConfigurationException e =
                assertThrows(ConfigurationException.class, () -> ImageReferences.checkTag("tags", "My App"));
        assertEquals("<tags> 'My App' is not a valid image tag: use [registry[:port]/]name[:tag] with a lowercase"
                + " name, e.g. 'my-app:1.0'.", e.getMessage());
    }

    @Test
    void checkImage_acceptsDigestAndRejectsNull() {
        assertDoesNotThrow(() -> ImageReferences.checkImage("builderImage",
                "eclipse-temurin:17-jdk@sha256:" + "a".repeat(64)));
        ConfigurationException e =
                assertThrows(ConfigurationException.class, () -> ImageReferences.checkImage("runtimeImage", null));
        assertEquals(true, e.getMessage().startsWith("<runtimeImage> 'null' is not a valid image reference"));
    }
}
