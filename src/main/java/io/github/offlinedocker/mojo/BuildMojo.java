package io.github.offlinedocker.mojo;

import io.github.offlinedocker.ConfigurationException;
import io.github.offlinedocker.OfflineDockerException;
import io.github.offlinedocker.image.BuildOptions;
import io.github.offlinedocker.image.ContextRequest;
import io.github.offlinedocker.image.ImageReferences;
import io.github.offlinedocker.image.ImagePusher;
import io.github.offlinedocker.image.ImageResult;
import io.github.offlinedocker.image.OfflineImageBuilder;
import io.github.offlinedocker.image.OfflineImageRequest;
import io.github.offlinedocker.image.RegistryLogins;
import io.github.offlinedocker.project.ImageLabels;
import io.github.offlinedocker.project.ProjectFacts;
import io.github.offlinedocker.resolve.BuilderModels;
import io.github.offlinedocker.resolve.ClosureResolver;
import io.github.offlinedocker.resolve.OfflineRepositoryBuilder;
import java.io.File;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.rtinfo.RuntimeInformation;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Resolves the offline repository, writes a multi-stage Dockerfile and build context, and builds the image
 * through the Docker API with no network: the builder stage runs the host's Maven version with {@code -o}, the
 * runtime stage holds only the application. The builder stage starts from the project's dependency image, built
 * only when Maven, the offline repository or the libraries change, so a rebuild sends the engine the project alone.
 *
 * @since 0.1.0
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class BuildMojo extends AbstractImageMojo {

    /**
     * The image's tags. Default: {@code <artifactId>:<version>} and {@code <artifactId>:latest}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "offline-docker.tags")
    List<String> tags;

    /**
     * The Docker engine's address, e.g. {@code unix:///var/run/docker.sock} or {@code tcp://host:2376}.
     * Default: {@code DOCKER_HOST} (with {@code DOCKER_TLS_VERIFY} and {@code DOCKER_CERT_PATH}), else the
     * current Docker context, else the platform's default socket.
     *
     * @since 0.1.0
     */
    @Parameter(property = "offline-docker.dockerHost")
    String dockerHost;

    /**
     * Runs every step of the image build again, ignoring the engine's layer cache.
     *
     * @since 0.1.0
     */
    @Parameter(property = "offline-docker.noCache", defaultValue = "false")
    boolean noCache;

    /**
     * Pulls newer versions of the base images before building. Without it, only the base images the engine
     * lacks are pulled. Either way the plugin pulls them, with the login settings.xml's {@code <server>} whose
     * {@code <id>} is the registry host gives, else the one Docker's configuration keeps (its credential helpers,
     * then {@code auths}), so that a base image in a private registry builds on an engine that lacks it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "offline-docker.pull", defaultValue = "false")
    boolean pull;

    /**
     * Values for {@code ARG}s of a Dockerfile. They are recorded in the image's history: never put a secret here
     * (a credential of settings.xml is refused).
     *
     * @since 0.1.0
     */
    @Parameter
    Map<String, String> buildArgs;

    /**
     * The stage to build, e.g. {@code builder}; default: the last, the runtime stage.
     *
     * @since 0.1.0
     */
    @Parameter(property = "offline-docker.target")
    String target;

    /**
     * The platform to build for, e.g. {@code linux/arm64}; default: the engine's.
     *
     * @since 0.1.0
     */
    @Parameter(property = "offline-docker.platform")
    String platform;

    /**
     * Pushes the tags once the image is built, as the {@code push} goal does.
     *
     * @since 0.1.0
     */
    @Parameter(property = "offline-docker.push", defaultValue = "false")
    boolean push;

    /**
     * Leaves out the push that {@code push} asks for, and the {@code push} goal's: the image is still built.
     *
     * @since 0.1.0
     */
    @Parameter(property = GoalRun.SKIP_PUSH, defaultValue = "false")
    boolean skipPush;

    /**
     * An image repository in a registry, e.g. {@code registry.example.com/team/app-deps}, shared by the engines
     * that build the project (CI runners that start empty): an engine that lacks the project's dependency image
     * pulls it from there by its digest tag instead of building it, and one that built it pushes it there, with
     * the registry's login as for {@code push}. A cache that cannot be reached or refuses the login is one warning,
     * and the dependency image is built here; it never fails the build. Default: none, each engine keeps its own.
     *
     * @since 0.1.0
     */
    @Parameter(property = "offline-docker.dependencyCache")
    String dependencyCache;

    /**
     * Keeps the builder stage in the {@code dependencyCache} too, tagged by a digest of the project's context: an
     * engine that builds the same sources on the same dependencies (a CI job run again, a merge build of the
     * commit a branch build built) pulls it, and the engine takes the builder's steps from its layers, each checked
     * as for its own cache, so Maven does not compile and test again. One that lacks it pushes the stage it built.
     * The stage holds the project's sources and what Maven built from them, which the registry then holds too.
     * Off by default; needs {@code dependencyCache} and the generated Dockerfile.
     *
     * @since 0.1.0
     */
    @Parameter(property = "offline-docker.cacheBuilderStage", defaultValue = "false")
    boolean cacheBuilderStage;

    /**
     * Archives of base images as {@code docker save -o <file> <image>} writes them, for an engine that reaches no
     * registry: a {@code builderImage} or {@code runtimeImage} the engine lacks is loaded from the archive that
     * names it, instead of pulled.
     *
     * @since 0.1.0
     */
    @Parameter(property = "offline-docker.baseImageArchives")
    List<File> baseImageArchives;

    /**
     * Where the image's id, its tags and the digest of each pushed tag are written as JSON once the goal succeeds
     * (removed when it starts), for the CI steps that sign, promote or deploy the image.
     *
     * @since 0.1.0
     */
    @Parameter(property = "offline-docker.imageResult",
            defaultValue = "${project.build.directory}/offline-docker-image.json")
    File imageResult;

    @Inject
    public BuildMojo(OfflineRepositoryBuilder repositories, BuilderModels builderModels,
            ClosureResolver closureResolver, RuntimeInformation runtime, SettingsDecrypter decrypter) {
        super(repositories, builderModels, closureResolver, runtime, decrypter);
    }

    @Override
    void run() throws OfflineDockerException {
        ImageResult.remove(imageResult.toPath());
        boolean cached = checkCaches();
        Optional<ContextRequest> context = contextRequest();
        if (context.isEmpty()) {
            return;
        }
        ProjectFacts facts = new ProjectFacts(project);
        List<String> imageTags = tags == null || tags.isEmpty() ? facts.defaultTags() : tags;
        BuildOptions options = new BuildOptions(
                imageTags,
                dockerHost,
                noCache,
                pull,
                valuesOrEmpty(buildArgs),
                // The one label that changes with every build stays out of the Dockerfile and the context.
                Map.of(ImageLabels.CREATED, ImageLabels.created(project, Instant.now())),
                orDefault(target, null),
                orDefault(platform, null),
                List.of());
        RegistryLogins logins = SettingsLogins.registryLogins(session.getSettings(), decrypter);
        String imageId = new OfflineImageBuilder().build(
                new OfflineImageRequest(context.get(), options,
                        cached ? dependencyCache : facts.dependencyImageRepository(), cached, cacheBuilderStage, logins,
                        baseImageArchives == null ? List.of()
                                : baseImageArchives.stream().map(File::toPath).toList()),
                line -> getLog().info(line));
        if (push && skipPush) {
            getLog().info("Not pushing the image (" + GoalRun.SKIP_PUSH + "=true)");
        }
        ImageResult result = push && !skipPush
                ? new ImagePusher().push(imageTags, dockerHost, logins, line -> getLog().info(line))
                : new ImageResult(imageId, imageTags, Map.of());
        result.write(imageResult.toPath());
    }

    /** Whether a {@code dependencyCache} is given; fails, before anything is resolved, on one that cannot be. */
    private boolean checkCaches() throws ConfigurationException {
        boolean cached = dependencyCache != null && !dependencyCache.isBlank();
        if (cached) {
            ImageReferences.checkRepository("dependencyCache", dependencyCache);
        } else if (cacheBuilderStage) {
            throw new ConfigurationException("<cacheBuilderStage> is true but no <dependencyCache> names the"
                    + " registry repository to keep the builder stage in. Set <dependencyCache>, e.g."
                    + " 'registry.example.com/team/app-deps', or set <cacheBuilderStage> to false.");
        }
        if (cacheBuilderStage && dockerfile != null) {
            throw new ConfigurationException("<cacheBuilderStage> keeps the generated Dockerfile's builder stage, but"
                    + " <dockerfile> " + dockerfile + " replaces it. Remove <cacheBuilderStage>, or <dockerfile> to"
                    + " use the generated one.");
        }
        return cached;
    }
}
