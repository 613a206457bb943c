package io.github.offlinedocker.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageResultTest {

    @TempDir
    Path directory;

    @Test
    void write_idTagsAndDigestsAsJson_noPartialFileLeft() throws Exception {
        Path file = directory.resolve("target/offline-docker-image.json");
        new ImageResult("sha256:1d", List.of("r.example.com/app:1", "r.example.com/app:latest"),
                Map.of("r.example.com/app:latest", "sha256:bb", "r.example.com/app:1", "sha256:aa")).write(file);
        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertEquals("sha256:1d", json.path("imageId").asText());
        assertEquals(List.of("r.example.com/app:1", "r.example.com/app:latest"),
                List.of(json.path("tags").get(0).asText(), json.path("tags").get(1).asText()));
        assertEquals("sha256:aa", json.path("digests").path("r.example.com/app:1").asText());
        assertEquals(List.of("r.example.com/app:1", "r.example.com/app:latest"),
                names(json.path("digests").fieldNames()));
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void remove_earlierResult_gone() throws Exception {
        Path file = directory.resolve("offline-docker-image.json");
        new ImageResult("sha256:1d", List.of("app:1"), Map.of()).write(file);
        ImageResult.remove(file);
        assertFalse(Files.exists(file));
        ImageResult.remove(file);
    }

    private static List<String> names(Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
