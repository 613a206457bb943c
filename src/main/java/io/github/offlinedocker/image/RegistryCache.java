package io.github.offlinedocker.image;

import io.github.offlinedocker.OfflineDockerException;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A registry's image repository that engines share as a cache of what they built, the {@code dependencyCache}:
 * images are pulled from it by a tag their inputs decide, and pushed to it when it lacks them. A cache that cannot
 * be read or written is a warning, never the build's failure.
 */
final class RegistryCache {

    private static final Logger LOG = LoggerFactory.getLogger(RegistryCache.class);

    /** What the cache said of an image. */
    enum Answer { HAD_IT, LACKS_IT, UNREACHABLE }

    private final DockerEngine engine;
    private final OfflineImageRequest request;
    private final Consumer<String> output;

    RegistryCache(DockerEngine engine, OfflineImageRequest request, Consumer<String> output) {
        this.engine = engine;
        this.request = request;
        this.output = output;
    }

    /**
     * Pulls {@code reference}, {@code what} the log calls it; {@code without} says what the build does when the
     * cache cannot be read. With {@code noCache} the cache is not asked: the image is built here, and pushed.
     */
    Answer pull(String reference, String what, String without) {
        if (request.options().noCache()) {
            return Answer.LACKS_IT;
        }
        LOG.info("Looking for {} {} in the dependency cache", what, reference);
        String error;
        try {
            error = engine.pull(reference, request.options().platform(), request.logins(), output);
        } catch (OfflineDockerException e) {
            error = e.getMessage();
        }
        if (error == null) {
            return Answer.HAD_IT;
        }
        if (DockerEngine.missingImage(error)) {
            LOG.info("The dependency cache has no {} yet: it is built here, then pushed there", reference);
            return Answer.LACKS_IT;
        }
        LOG.warn("The dependency cache {} could not be read ({}): {}; the build goes on",
                ImageName.parse(reference).repository(), error, without);
        return Answer.UNREACHABLE;
    }

    /** Pushes {@code reference}, {@code what} the log calls it; a failure is a warning. */
    void push(String reference, String what) {
        try {
            new ImagePusher().push(engine, List.of(reference), request.logins(), output);
        } catch (OfflineDockerException e) {
            LOG.warn("{} {} could not be pushed to the dependency cache ({}): the build goes on, and engines without"
                    + " it build it again", what, reference, e.getMessage());
        }
    }
}
