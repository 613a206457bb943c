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
 * @param cacheFrom  images the engine checks each step against, as the classic builder's {@code --cache-from}
 *                   (its own cache then answers only for their steps); empty for the engine's own cache alone
 */
public record BuildOptions(
        List<String> tags,
        String dockerHost,
        boolean noCache,
        boolean pull,
        Map<String, String> buildArgs,
        Map<String, String> labels,
        String target,
        String platform,
        List<String> cacheFrom) {

    public BuildOptions {
        tags = List.copyOf(tags);
        buildArgs = Map.copyOf(buildArgs);
        labels = Map.copyOf(labels);
        cacheFrom = List.copyOf(cacheFrom);
    }

    /** These options with {@code images} as the steps' cache. */
    BuildOptions cachedFrom(List<String> images) {
        return new BuildOptions(tags, dockerHost, noCache, pull, buildArgs, labels, target, platform, images);
    }

    /**
     * These options for the stage {@code stage} alone, tagged {@code tag}, from the engine's cache (the steps a build
     * with these options just ran), with none of the final image's labels.
     */
    BuildOptions stage(String stage, String tag) {
        return new BuildOptions(List.of(tag), dockerHost, false, false, buildArgs, Map.of(), stage, platform,
                cacheFrom);
    }
}
