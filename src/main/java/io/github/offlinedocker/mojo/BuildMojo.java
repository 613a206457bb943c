package io.github.offlinedocker.mojo;

import io.github.offlinedocker.ConfigurationException;
import io.github.offlinedocker.OfflineDockerException;
import io.github.offlinedocker.image.ContextSources;
import io.github.offlinedocker.image.DockerfileSpec;
import io.github.offlinedocker.image.OfflineImageBuilder;
import io.github.offlinedocker.image.OfflineImageRequest;
import io.github.offlinedocker.project.ProjectFacts;
import io.github.offlinedocker.project.BuilderReactor;
import io.github.offlinedocker.resolve.Closure;
import io.github.offlinedocker.resolve.ClosureResolver;
import io.github.offlinedocker.resolve.OfflineRepositoryBuilder;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.rtinfo.RuntimeInformation;

/**
 * Resolves the offline repository, writes a multi-stage Dockerfile and build context, and builds the image
 * through the Docker API with no network: the builder stage runs the host's Maven version with {@code -o}, the
 * runtime stage holds only the application.
 *
 * @since 0.1.0
 */
@Mojo(name = "build", threadSafe = true)
public final class BuildMojo extends AbstractOfflineDockerMojo {

    /**
     * The JDK image of the builder stage. Default: {@code eclipse-temurin:<release>-jdk}, the project's Java
     * release. The plugin adds the host's Maven version to it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "offline-docker.builderImage")
    String builderImage;

    /**
     * The image the application runs on. Default: {@code eclipse-temurin:<release>-jre}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "offline-docker.runtimeImage")
    String runtimeImage;

    /**
     * The image's tags. Default: {@code <artifactId>:<version>} and {@code <artifactId>:latest}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "offline-docker.tags")
    List<String> tags;

    /**
     * The class the container runs. Default: the {@code mainClass} of maven-jar-plugin's manifest configuration;
     * without one, the container runs {@code java -jar}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "offline-docker.mainClass")
    String mainClass;

    /**
     * The Docker engine's address, e.g. {@code unix:///var/run/docker.sock} or {@code tcp://host:2376}.
     * Default: {@code DOCKER_HOST}, else the platform's default socket.
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
     * Where the build context is written; {@code docker build --network none} builds it as well.
     *
     * @since 0.1.0
     */
    @Parameter(property = "offline-docker.contextDirectory", defaultValue = "${project.build.directory}/offline-docker")
    File contextDirectory;

    private final ClosureResolver closureResolver;
    private final RuntimeInformation runtime;

    @Inject
    public BuildMojo(OfflineRepositoryBuilder repositories, ClosureResolver closureResolver, RuntimeInformation runtime) {
        super(repositories);
        this.closureResolver = closureResolver;
        this.runtime = runtime;
    }

    @Override
    void run() throws OfflineDockerException {
        if (!"jar".equals(project.getPackaging())) {
            throw new ConfigurationException("Project " + project.getId() + " has packaging '"
                    + project.getPackaging() + "'; the build goal images 'jar' projects. Run it in the module"
                    + " that builds the application, or set <skip>true</skip> here.");
        }
        BuilderReactor reactor = BuilderReactor.of(session, project);
        Closure closure = resolveOfflineRepository(reactor);
        String mavenVersion = runtime.getMavenVersion();
        Path maven = closureResolver.resolveMavenDistribution(session, project, mavenVersion);

        ProjectFacts facts = new ProjectFacts(project);
        int release = facts.javaRelease();
        DockerfileSpec dockerfile = new DockerfileSpec(
                orDefault(builderImage, "eclipse-temurin:" + release + "-jdk"),
                orDefault(runtimeImage, "eclipse-temurin:" + release + "-jre"),
                mavenVersion,
                reactor.builderGoals(goals),
                reactor.artifactPath(),
                orDefault(mainClass, facts.manifestMainClass().orElse(null)),
                !closure.runtimeClasspath().isEmpty(),
                closure.moduleJars());
        ContextSources sources = new ContextSources(
                reactor.root(),
                reactor.contextEntries(),
                offlineRepository.toPath(),
                maven,
                mavenVersion,
                closure.runtimeLibraries());
        Path context = contextDirectory.toPath();
        OfflineImageRequest request = new OfflineImageRequest(
                dockerfile,
                sources,
                context,
                context.resolveSibling(context.getFileName() + ".tar"),
                tags == null || tags.isEmpty() ? defaultTags() : tags,
                dockerHost,
                noCache);
        new OfflineImageBuilder().build(request, line -> getLog().info(line));
    }

    private List<String> defaultTags() {
        String name = project.getArtifactId().toLowerCase(Locale.ROOT);
        return List.of(name + ":" + project.getVersion(), name + ":latest");
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
