package io.github.offlinedocker.image;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.offlinedocker.EnvironmentException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a build or a push made, as data for CI (signing, promotion, deployment): written as JSON once the goal
 * succeeded, and removed when it starts, so that a failed run leaves none behind to be taken for its result.
 *
 * @param imageId the image's id, {@code sha256:…}
 * @param tags    the tags it has
 * @param digests the digest each pushed tag got from its registry, by tag; empty when nothing was pushed
 */
public record ImageResult(String imageId, List<String> tags, Map<String, String> digests) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public ImageResult {
        tags = List.copyOf(tags);
        digests = Map.copyOf(digests);
    }

    /** This result with {@code pushed}'s digests. */
    public ImageResult withDigests(Map<String, String> pushed) {
        return new ImageResult(imageId, tags, pushed);
    }

    /** Writes the result to {@code file}, whole or not at all. */
    public void write(Path file) throws EnvironmentException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("imageId", imageId);
        json.put("tags", tags);
        // Sorted, so that the file is the same for the same result.
        json.put("digests", new TreeMap<>(digests));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".part");
            JSON.writeValue(partial.toFile(), json);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new EnvironmentException("Could not write the image's result to " + file + ": " + e.getMessage(), e);
        }
    }

    /** Removes the result an earlier run left at {@code file}. */
    public static void remove(Path file) throws EnvironmentException {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new EnvironmentException("Could not remove the earlier image result " + file + ": "
                    + e.getMessage(), e);
        }
    }
}
