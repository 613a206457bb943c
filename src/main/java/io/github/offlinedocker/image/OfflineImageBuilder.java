package io.github.offlinedocker.image;

import io.github.offlinedocker.ConfigurationException;
import io.github.offlinedocker.EnvironmentException;
import io.github.offlinedocker.FileTree;
import io.github.offlinedocker.OfflineDockerException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes the Dockerfile and the build context, packs it and builds it with no network. */
public final class OfflineImageBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(OfflineImageBuilder.class);

    /** How many of the project's other dependency images stay on the engine beside the one a build uses. */
    private static final int OLDER_DEPENDENCY_IMAGES_KEPT = 2;

    private final DockerfileGenerator dockerfiles = new DockerfileGenerator();
    private final BuildContextWriter contexts = new BuildContextWriter();
    private final ContextArchive archives = new ContextArchive();
    private final DockerImageBuilder docker = new DockerImageBuilder();

    /**
     * Writes the Dockerfile and the build context, and packs the context into the tar the engine is sent, so
     * that any builder can build it: {@code docker build --network none <context directory>}.
     */
    public void writeContext(ContextRequest request) throws OfflineDockerException {
        writeContext(request, dockerfile(request));
    }

    private void writeContext(ContextRequest request, String dockerfile) throws OfflineDockerException {
        checkProjectFiles(request);
        write(contexts::write, request.sources(), dockerfile, request.contextDirectory(), request.contextTar());
    }

    /** The user's Dockerfile as it is, else the generated one. */
    private String dockerfile(ContextRequest request) throws OfflineDockerException {
        Path own = request.userDockerfile();
        if (own != null) {
            if (!Files.isRegularFile(own)) {
                throw new ConfigurationException("<dockerfile> " + own + " does not exist. Point it at your"
                        + " Dockerfile, or remove it to use the generated one.");
            }
            String text;
            try {
                text = Files.readString(own, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new EnvironmentException("Could not read the <dockerfile> " + own + ": " + e, e);
            }
            request.secrets().checkAbsent("<dockerfile> " + own, text);
            return text;
        }
        checkGenerated(request);
        return dockerfiles.generate(request.dockerfile());
    }

    /** Fails when the generated Dockerfile could not hold a value as given, or would hold a credential. */
    private static void checkGenerated(ContextRequest request) throws ConfigurationException {
        request.dockerfile().check();
        request.dockerfile().checkSecrets(request.secrets());
    }

    /** Fails when a file of the project or the bill of materials, which every context carries, holds a credential. */
    private static void checkProjectFiles(ContextRequest request) throws OfflineDockerException {
        ContextSources sources = request.sources();
        for (Map.Entry<String, String> option : sources.optionValues().entrySet()) {
            request.secrets().checkAbsent(option.getKey(), option.getValue());
        }
        request.secrets().checkAbsent("the bill of materials " + BuildContext.SBOM, sources.sbom());
        try {
            request.secrets().checkAbsent(sources.projectFiles());
        } catch (IOException e) {
            throw new EnvironmentException("Could not read the project's files below " + sources.projectDirectory()
                    + " to check them for credentials: " + e.getMessage(), e);
        }
    }

    /**
     * Builds the image and returns its id; each line of the engine's output goes to {@code output}. The base images
     * the engine lacks (every one with {@code pull}) are pulled first, with their registries' logins. The generated
     * Dockerfile builds on the project's dependency image, so a rebuild sends the engine only the project; the
     * user's own Dockerfile gets the whole context of {@link #writeContext}.
     */
    public String build(OfflineImageRequest request, Consumer<String> output) throws OfflineDockerException {
        BuildOptions options = request.options();
        checkTags(options.tags());
        ContextRequest context = request.context();
        context.secrets().checkAbsent("<buildArgs>", options.buildArgs());
        boolean selfContained = context.userDockerfile() != null;
        List<String> baseImages;
        if (selfContained) {
            String dockerfile = dockerfile(context);
            writeContext(context, dockerfile);
            baseImages = BaseImages.of(dockerfile, options.target());
        } else {
            checkGenerated(context);
            checkProjectFiles(context);
            // The same stages and bases as the build on the dependency image, which is the engine's own.
            baseImages = BaseImages.of(dockerfiles.generate(context.dockerfile()), options.target());
        }
        // Reading the dependencies for the dependency image's tag takes as long as connecting: done meanwhile.
        CompletableFuture<String> dependencies = selfContained ? null : CompletableFuture.supplyAsync(() -> {
            try {
                return DependencyImage.dependenciesDigest(context.sources());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        // One connection for the whole goal: finding, building the dependency image, and building the image.
        try (DockerEngine engine = DockerEngine.connect(options.dockerHost())) {
            BaseImages.pull(engine, baseImages, options.pull(), options.platform(), request.logins(),
                    new ImageArchives(request.baseImageArchives()), output);
            BuilderStageCache builderStage = null;
            if (!selfContained) {
                String dependencyImage = dependencyImage(engine, request, dependencies, output);
                write(contexts::writeProjectContext, context.sources(),
                        dockerfiles.generateOnDependencies(context.dockerfile(), dependencyImage),
                        context.contextDirectory(), context.contextTar());
                if (request.cacheBuilderStage()) {
                    builderStage = BuilderStageCache.of(request, engine, output);
                }
            }
            String imageId = docker.build(engine, context.contextTar(),
                    builderStage == null ? options : builderStage.before(options), output);
            if (builderStage != null) {
                builderStage.after(docker, engine, context.contextTar(), options);
            }
            LOG.info("Built image {} tagged {}", imageId, options.tags());
            return imageId;
        } catch (IOException e) {
            throw new EnvironmentException("Could not close the connection to the Docker engine: " + e.getMessage(), e);
        }
    }

    /**
     * The reference of the project's dependency image for this build, built first when the engine does not have
     * it (or {@code noCache} asks for every step again); older ones of the project are then removed.
     */
    private String dependencyImage(DockerEngine engine, OfflineImageRequest request,
            CompletableFuture<String> dependencies, Consumer<String> output) throws OfflineDockerException {
        ContextRequest context = request.context();
        BuildOptions options = request.options();
        String dockerfile = dockerfiles.generateDependencies(context.dockerfile());
        DependencyImage image = dependencyImage(engine, request, dockerfile, dependencies);
        if (!options.noCache() && engine.imageId(image.reference()).isPresent()) {
            LOG.info("Dependency image {} is up to date: Maven, the offline repository and the libraries are"
                    + " reused as they are, only the project is sent", image.reference());
            return image.reference();
        }
        RegistryCache cache = request.dependencyCache() ? new RegistryCache(engine, request, output) : null;
        RegistryCache.Answer answer = cache == null ? null : cache.pull(image.reference(), "the dependency image",
                "the dependency image is built here and not pushed there");
        if (answer == RegistryCache.Answer.HAD_IT) {
            LOG.info("Dependency image {} came from the dependency cache: no dependency layer is built here",
                    image.reference());
            return image.reference();
        }
        Path directory = BuildContext.dependencyContextOf(context.contextDirectory());
        Path tar = FileTree.sibling(directory, ".tar");
        write(contexts::writeDependencyContext, context.sources(), dockerfile, directory, tar);
        LOG.info("Building the dependency image {} from {}: built again only when Maven, the offline repository"
                + " or the libraries change", image.reference(), directory);
        docker.build(engine, tar, new BuildOptions(List.of(image.reference()), options.dockerHost(), options.noCache(),
                false, Map.of(), Map.of(), null, options.platform(), List.of()), output);
        // A branch switched back to, or another checkout of the project on the same engine, finds its own still
        // there, and none is removed while a build that just found it is about to start from it.
        engine.removeOlder(image.repository(), image.reference(), tag -> !BuilderStageCache.isBuilderStage(tag),
                OLDER_DEPENDENCY_IMAGES_KEPT);
        if (answer == RegistryCache.Answer.LACKS_IT) {
            cache.push(image.reference(), "The dependency image");
        }
        return image.reference();
    }

    /**
     * The dependency image {@code dockerfile} builds on the engine's builder image from dependencies whose digest
     * {@code dependencies} gives.
     */
    private static DependencyImage dependencyImage(DockerEngine engine, OfflineImageRequest request,
            String dockerfile, CompletableFuture<String> dependencies) throws EnvironmentException {
        String builderImage = request.context().dockerfile().builderImage();
        // An image absent from the engine fails the dependency image's build, naming <builderImage>.
        String base = engine.imageId(builderImage).orElse("absent " + builderImage);
        try {
            return DependencyImage.of(request.dependencyRepository(), dockerfile, base, request.options().platform(),
                    dependencies.join());
        } catch (CompletionException e) {
            Throwable cause = e.getCause() instanceof UncheckedIOException io ? io.getCause() : e.getCause();
            throw new EnvironmentException("Could not read the dependencies of the build context: " + cause, cause);
        }
    }

    /** Writes a context with {@code writer} and packs it; on failure removes what was written. */
    private void write(ContextWriter writer, ContextSources sources, String dockerfile, Path directory, Path tar)
            throws EnvironmentException {
        try {
            writer.write(sources, dockerfile, directory);
            archives.write(directory, tar);
        } catch (IOException e) {
            // Half a context must not be built by hand later, and on a full disk its space is needed back.
            try {
                FileTree.deleteRecursively(directory);
                Files.deleteIfExists(tar);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw new EnvironmentException("Could not write the build context " + directory
                    + ": " + e + ". What was written of it is removed.", e);
        }
    }

    /** One of {@link BuildContextWriter}'s ways to write a context. */
    @FunctionalInterface
    private interface ContextWriter {
        void write(ContextSources sources, String dockerfile, Path directory) throws IOException;
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
