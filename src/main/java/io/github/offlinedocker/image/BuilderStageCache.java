package io.github.offlinedocker.image;

import io.github.offlinedocker.EnvironmentException;
import io.github.offlinedocker.OfflineDockerException;
import io.github.offlinedocker.Sha256;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The builder stage of a build on the dependency image, kept in the dependency cache under a tag the project's
 * context decides ({@code build-} and a digest of the exact tar sent, whose Dockerfile names the dependency image):
 * an engine that builds the same sources on the same dependencies pulls it and builds with it as the classic
 * builder's {@code --cache-from}, so the engine answers the builder's steps from its layers, each checked as for
 * its own cache, and Maven does not run again. One that lacks it pushes the stage it built.
 */
final class BuilderStageCache {

    private static final Logger LOG = LoggerFactory.getLogger(BuilderStageCache.class);

    /** The start of a builder stage's tag, which a dependency image's never has. */
    private static final String TAG_PREFIX = "build-";

    /** How many of the project's older builder stages keep their tags on the engine. */
    private static final int KEPT = 2;

    private final String reference;
    private final RegistryCache cache;
    private RegistryCache.Answer answer;

    private BuilderStageCache(String reference, RegistryCache cache) {
        this.reference = reference;
        this.cache = cache;
    }

    /** The builder stage of {@code request}'s project context, as written to its tar, in its dependency cache. */
    static BuilderStageCache of(OfflineImageRequest request, DockerEngine engine, Consumer<String> output)
            throws EnvironmentException {
        Path tar = request.context().contextTar();
        try {
            return new BuilderStageCache(request.dependencyRepository() + ":" + TAG_PREFIX + Sha256.ofFile(tar).substring(0, 24),
                    new RegistryCache(engine, request, output));
        } catch (IOException e) {
            throw new EnvironmentException("Could not read the build context " + tar + ": " + e.getMessage(), e);
        }
    }

    /** The options of the build: {@code options}, with the cached stage to build from when the cache has it. */
    BuildOptions before(BuildOptions options) {
        answer = cache.pull(reference, "the builder stage", "the project is built here and its stage not pushed there");
        if (answer != RegistryCache.Answer.HAD_IT) {
            return options;
        }
        LOG.info("Builder stage {} came from the dependency cache: the engine takes the steps it holds from it",
                reference);
        return options.cachedFrom(List.of(reference));
    }

    /**
     * After a build with {@code options} of {@code contextTar}: a stage the cache lacked is tagged (from the steps
     * just built, which the engine's cache holds) and pushed there. The engine keeps the tags of the newest
     * {@link #KEPT} stages, whose steps are its own cache of the project's builds.
     */
    void after(DockerImageBuilder docker, DockerEngine engine, Path contextTar, BuildOptions options)
            throws OfflineDockerException {
        if (answer == RegistryCache.Answer.LACKS_IT) {
            docker.build(engine, contextTar, options.stage(BuildContext.BUILDER_STAGE, reference), LOG::debug);
            cache.push(reference, "The builder stage");
        }
        engine.removeOlder(ImageName.parse(reference).repository(), reference, BuilderStageCache::isBuilderStage,
                KEPT);
    }

    /** Whether {@code reference}, a tag of the dependency cache, is a builder stage's. */
    static boolean isBuilderStage(String reference) {
        return ImageName.parse(reference).tag().startsWith(TAG_PREFIX);
    }
}
