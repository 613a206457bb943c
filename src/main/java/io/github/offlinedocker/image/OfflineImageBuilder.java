package io.github.offlinedocker.image;

import io.github.offlinedocker.ConfigurationException;
import io.github.offlinedocker.EnvironmentException;
import io.github.offlinedocker.OfflineDockerException;
import java.io.IOException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes the Dockerfile and the build context, packs it and builds it with no network. */
public final class OfflineImageBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(OfflineImageBuilder.class);

    private final DockerfileGenerator dockerfiles = new DockerfileGenerator();
    private final BuildContextWriter contexts = new BuildContextWriter();
    private final ContextArchive archives = new ContextArchive();
    private final DockerImageBuilder docker = new DockerImageBuilder();

    /** Builds the image and returns its id; each line of the engine's output goes to {@code output}. */
    public String build(OfflineImageRequest request, Consumer<String> output) throws OfflineDockerException {
        checkReferences(request);
        String dockerfile = dockerfiles.generate(request.dockerfile());
        try {
            contexts.write(request.sources(), dockerfile, request.contextDirectory());
            archives.write(request.contextDirectory(), request.contextTar());
        } catch (IOException e) {
            throw new EnvironmentException("Could not write the build context " + request.contextDirectory()
                    + ": " + e, e);
        }
        LOG.info("Building image {} from {} with network mode none", request.tags(), request.contextDirectory());
        String imageId = docker.build(
                new ImageBuildRequest(request.contextTar(), request.tags(), request.dockerHost(), request.noCache()), output);
        LOG.info("Built image {} tagged {}", imageId, request.tags());
        return imageId;
    }

    private static void checkReferences(OfflineImageRequest request) throws ConfigurationException {
        ImageReferences.checkImage("builderImage", request.dockerfile().builderImage());
        ImageReferences.checkImage("runtimeImage", request.dockerfile().runtimeImage());
        if (request.tags().isEmpty()) {
            throw new ConfigurationException("<tags> is empty: give the image at least one tag, e.g. 'my-app:1.0'.");
        }
        for (String tag : request.tags()) {
            ImageReferences.checkTag("tags", tag);
        }
    }
}
