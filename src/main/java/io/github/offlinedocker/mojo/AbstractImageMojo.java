package io.github.offlinedocker.mojo;

import io.github.offlinedocker.EnvironmentException;
import io.github.offlinedocker.FileTree;
import io.github.offlinedocker.OfflineDockerException;
import io.github.offlinedocker.image.BuildContext;
import io.github.offlinedocker.image.BuiltApplication;
import io.github.offlinedocker.image.ContextRequest;
import io.github.offlinedocker.image.ContextSources;
import io.github.offlinedocker.image.DependencyLayer;
import io.github.offlinedocker.image.DockerfileSpec;
import io.github.offlinedocker.image.RuntimeLayout;
import io.github.offlinedocker.image.RuntimeStage;
import io.github.offlinedocker.image.WarLayout;
import io.github.offlinedocker.project.BuilderReactor;
import io.github.offlinedocker.project.BuilderSystem;
import io.github.offlinedocker.project.ImageLabels;
import io.github.offlinedocker.project.LayoutChooser;
import io.github.offlinedocker.project.OutputLocations;
import io.github.offlinedocker.project.ProjectFacts;
import io.github.offlinedocker.resolve.BuilderModels;
import io.github.offlinedocker.resolve.Closure;
import io.github.offlinedocker.resolve.ClosureLock;
import io.github.offlinedocker.resolve.ClosureResolver;
import io.github.offlinedocker.resolve.OfflineRepositoryBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.rtinfo.RuntimeInformation;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/** The parameters of the goals that write a build context: what the image holds and how it runs. */
abstract class AbstractImageMojo extends AbstractOfflineDockerMojo {

    /**
     * The JDK image of the builder stage. Default: {@code eclipse-temurin:<release>-jdk}, where {@code <release>} is
     * the project's Java release ({@code maven.compiler.release}, the compiler's {@code <release>} or
     * {@code <target>}; 17 when none). The plugin adds the host's Maven version to it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "offline-docker.builderImage")
    String builderImage;

    /**
     * Options for the JVM of the builder stage's Maven, its {@code MAVEN_OPTS}, e.g. {@code -Xmx2g}; they come
     * after the project's {@code .mvn/jvm.config}. The default compiles with C1 only: a build in a fresh container
     * is short, and Maven runs it 13 to 28 % faster without the C2 compiler (the shorter the build, the more).
     * C1's frames are larger, so the default gives threads a 4 MB stack: with the JVM's 1 MB, javac, which runs
     * in Maven's JVM, overflows its stack on deeply nested expressions (stleary/JSON-java's tests). Your list
     * replaces the default, so keep both flags in it, or give {@code -XX:TieredStopAtLevel=4} for the JVM's own
     * compilers when the build runs long enough for C2 to pay back. Written into the builder stage: never put a
     * secret here (a credential of settings.xml is refused).
     *
     * @since 0.1.0
     */
    @Parameter(property = "offline-docker.builderJvmFlags", defaultValue = "-XX:TieredStopAtLevel=1,-Xss4m")
    List<String> builderJvmFlags;

    /**
     * The image the application runs on. Default: {@code eclipse-temurin:<release>-jre}, the project's Java
     * release; for the {@code war} layout {@code tomcat:10.1-jre<release>}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "offline-docker.runtimeImage")
    String runtimeImage;

    /**
     * How the application lies in the image and runs: {@code jar} ({@code java -jar /app/app.jar}, for a jar that
     * holds or names what it needs), {@code class-path} (the jar and its libraries in {@code /app/lib}, one layer
     * per kind of dependency, run by its main class), {@code spring-boot-layers} (see {@code springBootLayers}),
     * {@code war} (the web application on the servlet container of {@code runtimeImage}, see
     * {@code warDeployment}) or {@code quarkus} (quarkus-maven-plugin's fast-jar in layers, or its uber-jar).
     * Default: chosen from the project: {@code quarkus} for packaging {@code quarkus} or quarkus-maven-plugin's
     * {@code build} goal, {@code war} for packaging {@code war},
     * {@code spring-boot-layers} when {@code springBootLayers} is true, {@code class-path} when a main class is
     * known, else {@code jar}. Another packaging needs this parameter or your own {@code dockerfile}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "offline-docker.layout")
    String layout;

    /**
     * The class the container runs. Default: the {@code mainClass} of maven-jar-plugin's manifest configuration;
     * without one, the container runs {@code java -jar}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "offline-docker.mainClass")
    String mainClass;

    /**
     * The user the application runs as: a name or {@code uid[:gid]}. The default is not root, and numeric, so
     * that it needs no account in the runtime image.
     *
     * @since 0.1.0
     */
    @Parameter(property = "offline-docker.user", defaultValue = RuntimeStage.DEFAULT_USER)
    String user;

    /**
     * The ports the application listens on, e.g. {@code 8080} or {@code 8080/udp}: {@code EXPOSE} in the image.
     *
     * @since 0.1.0
     */
    @Parameter(property = "offline-docker.ports")
    List<String> ports;

    /**
     * Environment variables of the container, e.g. {@code <environment><SERVER_PORT>8080</SERVER_PORT></environment>}.
     * They are written into the image: never put a secret here (a credential of settings.xml is refused).
     *
     * @since 0.1.0
     */
    @Parameter
    Map<String, String> environment;

    /**
     * Options for {@code java}, e.g. {@code -XX:MaxRAMPercentage=75}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "offline-docker.jvmFlags")
    List<String> jvmFlags;

    /**
     * Takes a Spring Boot fat jar apart into Spring Boot's layers ({@code dependencies}, {@code spring-boot-loader},
     * {@code snapshot-dependencies}, {@code application}), each a layer of the image in {@code /app}, and runs
     * Spring Boot's launcher on them: a new build of the application then changes only its own small layer, so a
     * push sends kilobytes instead of the whole jar. The extraction in the builder stage makes a rebuild longer
     * (0.5 to 0.8 s for a 108 MB jar). Needs spring-boot-maven-plugin 2.4 or later repackaging the project's jar
     * with its default layers, and no {@code mainClass}; by default the fat jar runs as built, with
     * {@code java -jar}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "offline-docker.springBootLayers", defaultValue = "false")
    boolean springBootLayers;

    /**
     * Where the {@code war} layout puts the web application in the runtime image: a folder, which gets it
     * exploded, its libraries ({@code WEB-INF/lib}) a layer of their own before its classes; or a path ending in
     * {@code .war}, which gets the war file as one layer. The servlet container runs it with its own command and
     * the {@code jvmFlags} as {@code JAVA_TOOL_OPTIONS}; it must let the non-root {@code user} write its work
     * folders, as the official {@code tomcat} images do. Default: the application at {@code /} of an official
     * {@code tomcat} image; for Jetty's, e.g. {@code /var/lib/jetty/webapps/ROOT}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "offline-docker.warDeployment", defaultValue = WarLayout.DEFAULT_DEPLOYMENT)
    String warDeployment;

    /**
     * Runs the application on a Java runtime of its own, linked in the builder stage with jlink from the modules
     * it uses (jdeps over its classes and libraries, plus {@code jlinkModules}), onto a {@code runtimeImage}
     * without Java: by default {@code debian:bookworm-slim}. The builder then starts the application on it for
     * {@code jlinkCheckSeconds}, so that a module missing at run time fails the build naming it. For the
     * {@code jar}, {@code class-path}, {@code spring-boot-layers} and {@code quarkus} layouts; a Spring Boot fat
     * jar is best linked with {@code springBootLayers}, whose extracted libraries jdeps reads.
     *
     * @since 0.1.0
     */
    @Parameter(property = "offline-docker.jlink", defaultValue = "false")
    boolean jlink;

    /**
     * Modules {@code jlink} links besides the ones jdeps finds: what the application reaches only by reflection or
     * a service loader, e.g. {@code jdk.crypto.ec} for TLS with elliptic curves, {@code java.naming}, or
     * {@code jdk.localedata}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "offline-docker.jlinkModules")
    List<String> jlinkModules;

    /**
     * Seconds the builder stage runs the application on the linked runtime with {@code jlink}, to catch a module
     * that is missing: the build fails when the application ends within them for want of a class of the JDK,
     * naming the class and its module. An application still running then, or ending for another reason, passes.
     * {@code 0} leaves the start out, e.g. for an application that may not start without its database.
     *
     * @since 0.1.0
     */
    @Parameter(property = "offline-docker.jlinkCheckSeconds", defaultValue = "10")
    int jlinkCheckSeconds;

    /**
     * The container's whole command, instead of the layout's; the jar is
     * {@code /app/app.jar}, its libraries are in {@code /app/lib}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "offline-docker.entrypoint")
    List<String> entrypoint;

    /**
     * Labels of the image, added to (and overriding) the OCI labels the plugin sets: title, version, revision
     * (in git), source (SCM or project URL, without user info) and created ({@code project.build.outputTimestamp},
     * else the time of the build).
     *
     * @since 0.1.0
     */
    @Parameter
    Map<String, String> labels;

    /**
     * Your own Dockerfile, used instead of the generated one. The context holds the offline repository in
     * {@code repository/releases/}, {@code repository/private/} and {@code repository/snapshots/}, Maven in
     * {@code maven/} (its settings make {@code mvn} run offline against {@code /var/cache/offline-docker/repository}),
     * the project in {@code project/} and the runtime dependencies in {@code lib/}: see the README for the few
     * lines a builder stage needs.
     *
     * @since 0.1.0
     */
    @Parameter(property = "offline-docker.dockerfile")
    File dockerfile;

    /**
     * A folder of the project whose files the runtime image gets at the same paths below its root, as Jib's extra
     * directories: {@code src/main/docker-root/app/config/application.yml} becomes
     * {@code /app/config/application.yml}, {@code opt/agent/agent.jar} becomes {@code /opt/agent/agent.jar}. They
     * are owned by root and keep their modes (executable files stay executable); they are copied after the
     * libraries and before the application. Written into the image: never a secret (a credential of settings.xml
     * in one is refused).
     *
     * @since 0.1.0
     */
    @Parameter(property = "offline-docker.extraDirectory")
    File extraDirectory;

    /**
     * Where the build context is written; {@code docker build --network none} builds it as well. Its exact tar is
     * written beside it ({@code offline-docker.tar}), and {@code build} writes the dependency image's context beside
     * it too ({@code offline-docker-dependencies/} and its tar). A folder outside the build directory that would
     * lose work (the project, the local repository, one holding files the plugin did not write) is refused.
     *
     * @since 0.1.0
     */
    @Parameter(property = "offline-docker.contextDirectory", defaultValue = "${project.build.directory}/offline-docker")
    File contextDirectory;

    private final ClosureResolver closureResolver;
    private final RuntimeInformation runtime;
    final SettingsDecrypter decrypter;

    AbstractImageMojo(OfflineRepositoryBuilder repositories, BuilderModels builderModels,
            ClosureResolver closureResolver, RuntimeInformation runtime, SettingsDecrypter decrypter) {
        super(repositories, builderModels);
        this.closureResolver = closureResolver;
        this.runtime = runtime;
        this.decrypter = decrypter;
    }

    @Override
    final Path extraDirectory() {
        return extraDirectory == null ? null : extraDirectory.toPath();
    }

    /** The default builder image is the JDK of the project's release; the JDK of one named here is not known. */
    @Override
    BuilderSystem builderSystem() {
        return builderImage == null ? BuilderSystem.forRelease(new ProjectFacts(project).javaRelease())
                : BuilderSystem.withHostJdk();
    }

    /**
     * Resolves the offline repository and describes the context of this project's image; empty for a {@code pom}
     * module (a reactor's parent, reached with {@code -am}), which is skipped with a note, as the module that
     * depends on it builds it. The layout is chosen first, so that a project no layout fits fails at once.
     */
    final Optional<ContextRequest> contextRequest() throws OfflineDockerException {
        if ("pom".equals(project.getPackaging())) {
            getLog().info("Skipping " + project.getId() + ": a 'pom' module gets no image of its own; the modules"
                    + " that use it build it in their builder stage.");
            return Optional.empty();
        }
        BuilderReactor reactor = builderReactor();
        RuntimeLayout runtimeLayout = new LayoutChooser(reactor).choose(new LayoutChooser.Wishes(
                layout, mainClass, springBootLayers, warDeployment, dockerfile != null, jlink, orEmpty(jlinkModules),
                jlinkCheckSeconds));
        getLog().info("Runtime layout: " + runtimeLayout.name());
        Path context = contextDirectory.toPath();
        OutputLocations locations = outputLocations(reactor);
        locations.checkReplaceable("contextDirectory", context, BuildContext::writtenAt);
        // 'build' writes the dependency image's context beside it.
        locations.checkReplaceable("contextDirectory", BuildContext.dependencyContextOf(context),
                BuildContext::writtenAt);
        Closure closure = resolveOfflineRepository(reactor);
        Path maven = closureResolver.resolveMavenDistribution(session, project, runtime.getMavenVersion());

        int release = new ProjectFacts(project).javaRelease();
        RuntimeStage runtimeStage = new RuntimeStage(
                orDefault(runtimeImage, runtimeLayout.defaultRuntimeImage(release)),
                user,
                orEmpty(ports),
                valuesOrEmpty(environment),
                orEmpty(jvmFlags),
                orEmpty(entrypoint));
        DockerfileSpec spec = new DockerfileSpec(
                orDefault(builderImage, "eclipse-temurin:" + release + "-jdk"),
                orEmpty(builderJvmFlags),
                reactor.builderGoals(goals),
                runtimeLayout,
                new BuiltApplication(reactor.artifactPath(), closure.moduleJars(),
                        !closure.runtimeClasspath().isEmpty()),
                runtimeStage,
                imageLabels(),
                reactor.extraDirectory());
        // A user's own Dockerfile decides for itself, so it always gets lib/.
        boolean libraries = runtimeLayout.usesLibraries() || dockerfile != null;
        Path repository = offlineRepository.toPath();
        ClosureLock lock = lock(repository);
        ContextSources sources = new ContextSources(
                reactor.root(),
                reactor.contextFiles(),
                reactor.jvmConfig().valuesByElement(),
                repository,
                DependencyLayer.ofRepositoryFiles(closure),
                maven,
                libraries ? DependencyLayer.libraryPaths(closure.runtimeClasspath()) : Map.of(),
                lock.sha256ByFile(closure, repository),
                ImageSbom.of(project, closure, lock).json());
        return Optional.of(new ContextRequest(spec, dockerfile == null ? null : dockerfile.toPath(), sources, context,
                FileTree.sibling(context, ".tar"), SettingsSecrets.of(session.getSettings(), decrypter)));
    }

    /** The lock beside the offline repository {@code repository}: the sha256 and source of each file. */
    private static ClosureLock lock(Path repository) throws EnvironmentException {
        try {
            return ClosureLock.read(ClosureLock.fileOf(repository));
        } catch (IOException e) {
            throw new EnvironmentException("Could not read the lock " + ClosureLock.fileOf(repository) + ": "
                    + e.getMessage(), e);
        }
    }

    static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private Map<String, String> imageLabels() {
        Map<String, String> imageLabels = new LinkedHashMap<>(ImageLabels.of(project));
        imageLabels.putAll(valuesOrEmpty(labels));
        return imageLabels;
    }

    /** {@code <name/>} in a map parameter is an empty value, not a missing one. */
    static Map<String, String> valuesOrEmpty(Map<String, String> values) {
        Map<String, String> copy = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((name, value) -> copy.put(name, value == null ? "" : value));
        }
        return copy;
    }
}
