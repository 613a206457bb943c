package io.github.offlinedocker.image;

import io.github.offlinedocker.ConfigurationException;
import io.github.offlinedocker.EnvironmentException;
import io.github.offlinedocker.FileTree;
import io.github.offlinedocker.OfflineDockerException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    /**
     * Writes the Dockerfile and the build context, and packs the context into the tar the engine is sent, so
     * that any builder can build it: {@code docker build --network none <context directory>}.
     */
    public void writeContext(ContextRequest request) throws OfflineDockerException {
        String dockerfile = dockerfile(request);
        try {
            contexts.write(request.sources(), dockerfile, request.contextDirectory());
            archives.write(request.contextDirectory(), request.contextTar());
        } catch (IOException e) {
            // Half a context must not be built by hand later, and on a full disk its space is needed back.
            try {
                FileTree.deleteRecursively(request.contextDirectory());
                Files.deleteIfExists(request.contextTar());
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw new EnvironmentException("Could not write the build context " + request.contextDirectory()
                    + ": " + e + ". What was written of it is removed.", e);
        }
    }

    /** The user's Dockerfile as it is, else the generated one. */
    private String dockerfile(ContextRequest request) throws OfflineDockerException {
        Path own = request.userDockerfile();
        if (own != null) {
            if (!Files.isRegularFile(own)) {
                throw new ConfigurationException("<dockerfile> " + own + " does not exist. Point it at your"
                        + " Dockerfile, or remove it to use the generated one.");
            }
            try {
                return Files.readString(own, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new EnvironmentException("Could not read the <dockerfile> " + own + ": " + e, e);
            }
        }
        ImageReferences.checkImage("builderImage", request.dockerfile().builderImage());
        request.dockerfile().runtime().check();
        return dockerfiles.generate(request.dockerfile());
    }

    /** Builds the image and returns its id; each line of the engine's output goes to {@code output}. */
    public String build(OfflineImageRequest request, Consumer<String> output) throws OfflineDockerException {
        BuildOptions options = request.options();
        checkTags(options.tags());
        writeContext(request.context());
        String imageId = docker.build(request.context().contextTar(), options, output);
        LOG.info("Built image {} tagged {}", imageId, options.tags());
        return imageId;
    }

    private static void checkTags(List<String> tags) throws ConfigurationException {
        if (tags.isEmpty()) {
            throw new ConfigurationException("<tags> is empty: give the image at least one tag, e.g. 'my-app:1.0'.");
        }
        for (String tag : tags) {
            ImageReferences.checkTag("tags", tag);
        }
    }
}
