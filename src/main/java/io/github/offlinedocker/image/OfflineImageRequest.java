package io.github.offlinedocker.image;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything one offline image build needs.
 *
 * @param dockerfile       what the generated Dockerfile builds
 * @param sources          what goes into the build context
 * @param contextDirectory where the context is written, for the user to read or build elsewhere
 * @param contextTar       where the exact tar sent to the engine is written
 * @param tags             the image's tags
 * @param dockerHost       the engine's address, or {@code null} for the default
 * @param noCache          whether every step runs again, ignoring the engine's layer cache
 */
public record OfflineImageRequest(
        DockerfileSpec dockerfile,
        ContextSources sources,
        Path contextDirectory,
        Path contextTar,
        List<String> tags,
        String dockerHost,
        boolean noCache) {

    public OfflineImageRequest {
        tags = List.copyOf(tags);
    }
}
