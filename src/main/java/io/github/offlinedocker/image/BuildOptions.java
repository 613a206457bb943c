package io.github.offlinedocker.image;

import java.util.List;
import java.util.Map;

/**
 * How the engine builds the image, beyond the context.
 *
 * @param tags       the tags the image gets, only when the build succeeds
 * @param dockerHost the engine's address; {@code null} uses the environment (see {@link DockerEngine})
 * @param noCache    whether every step runs again, ignoring the engine's layer cache
 * @param pull       whether the base images are pulled again first, though the engine has them
 * @param buildArgs  values for the Dockerfile's {@code ARG}s
 * @param labels     labels of the final image
 * @param target     the stage to build, or {@code null} for the last one
 * @param platform   the platform to build for, e.g. {@code linux/arm64}, or {@code null} for the engine's
 */
public record BuildOptions(
        List<String> tags,
        String dockerHost,
        boolean noCache,
        boolean pull,
        Map<String, String> buildArgs,
        Map<String, String> labels,
        String target,
        String platform) {

    public BuildOptions {
        tags = List.copyOf(tags);
        buildArgs = Map.copyOf(buildArgs);
        labels = Map.copyOf(labels);
    }
}
