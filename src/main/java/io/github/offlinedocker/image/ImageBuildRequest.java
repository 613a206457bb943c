package io.github.offlinedocker.image;

import java.nio.file.Path;
import java.util.List;

/**
 * One image build through the Docker API.
 *
 * @param contextTar the build context, as {@link ContextArchive} wrote it
 * @param tags       the tags the image gets, only when the build succeeds
 * @param dockerHost the engine's address; {@code null} uses {@code DOCKER_HOST} or the platform default
 * @param noCache    whether every step runs again, ignoring the engine's layer cache
 */
public record ImageBuildRequest(Path contextTar, List<String> tags, String dockerHost, boolean noCache) {

    public ImageBuildRequest {
        tags = List.copyOf(tags);
    }
}
