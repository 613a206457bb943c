package io.github.offlinedocker.mojo;

import io.github.offlinedocker.ConfigurationException;
import io.github.offlinedocker.OfflineDockerException;
import io.github.offlinedocker.project.BuilderReactor;
import io.github.offlinedocker.project.BuilderSystem;
import io.github.offlinedocker.project.HostOptions;
import io.github.offlinedocker.project.OutputLocations;
import io.github.offlinedocker.project.ProjectLock;
import io.github.offlinedocker.resolve.BuilderModels;
import io.github.offlinedocker.resolve.Closure;
import io.github.offlinedocker.resolve.OfflineRepositoryBuilder;
import io.github.offlinedocker.resolve.OfflineRepositoryRequest;
import io.github.offlinedocker.resolve.Strategy;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** The parameters of the goals that resolve an offline repository. */
abstract class AbstractOfflineDockerMojo extends AbstractMojo {

    /**
     * What the builder stage runs with {@code mvn -o}: the offline repository holds everything these goals read.
     *
     * @since 0.1.0
     */
    @Parameter(property = "offline-docker.goals", defaultValue = "package")
    List<String> goals;

    /**
     * How the closure is found: {@code auto} computes it from Maven's models and the execution plan, then records,
     * in one run of the goals on the host (tests skipped unless they are what resolves), what some plugin of the
     * plan resolves by rules the plan cannot see (Quarkus's build, say); {@code plan} stops after the first step and
     * warns of what it leaves out; {@code record} runs the goals once on the host with your
     * settings and records what they resolve (catches anything a real run reads, costs a build).
     *
     * @since 0.1.0
     */
    @Parameter(property = "offline-docker.strategy", defaultValue = "auto")
    String strategy;

    /**
     * Proves the offline repository complete before Docker: runs {@code mvn -o <goals>} on the host against a
     * copy of it, with empty settings, and fails naming what is missing.
     *
     * @since 0.1.0
     */
    @Parameter(property = "offline-docker.verify", defaultValue = "false")
    boolean verify;

    /**
     * Where the offline repository is written.
     *
     * @since 0.1.0
     */
    @Parameter(property = "offline-docker.offlineRepository", defaultValue = "${project.build.directory}/offline-repo")
    File offlineRepository;

    /**
     * Skips the goal. The builder stage sets it, so a project that binds this plugin still builds there.
     *
     * @since 0.1.0
     */
    @Parameter(property = GoalRun.SKIP, defaultValue = "false")
    boolean skip;

    /**
     * How many seconds a run waits while another run on the same project holds its lock
     * ({@code target/offline-docker.running}, which names that run's pid); {@code 0} fails at once.
     *
     * @since 0.1.0
     */
    @Parameter(property = "offline-docker.lockTimeout", defaultValue = "600")
    int lockTimeout;

    /**
     * Files or folders of the project the builder stage needs besides the POMs, the {@code src} folders and the
     * source and resource folders the POMs declare, relative to this project's directory, e.g.
     * {@code ../lombok.config} or {@code config/checkstyle.xml}; each must lie inside the reactor's root. They enter
     * the build context and the builder stage's layers: never a file of secrets (a credential of settings.xml in
     * one is refused).
     *
     * @since 0.1.0
     */
    @Parameter(property = "offline-docker.contextIncludes")
    List<String> contextIncludes;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    MojoExecution mojoExecution;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    private final OfflineRepositoryBuilder repositories;
    private final BuilderModels builderModels;

    AbstractOfflineDockerMojo(OfflineRepositoryBuilder repositories, BuilderModels builderModels) {
        this.repositories = repositories;
        this.builderModels = builderModels;
    }

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        GoalRun.run(getLog(), skip ? GoalRun.SKIP : null, () -> {
            if (lockTimeout < 0) {
                throw new ConfigurationException("<lockTimeout> " + lockTimeout + " is negative: give the seconds"
                        + " to wait for another run on this project, or 0 to fail at once.");
            }
            // Two runs on one project would write the same offline repository and context.
            Path lockFile = Path.of(project.getBuild().getDirectory(), "offline-docker.running");
            try (ProjectLock lock = ProjectLock.acquire(lockFile, "goal '" + mojoExecution.getGoal() + "'",
                    Duration.ofSeconds(lockTimeout), getLog()::info)) {
                run();
            }
        });
    }

    /** The goal's work, with skipping and failure translation done. */
    abstract void run() throws OfflineDockerException;

    /**
     * Resolves what {@code mvn -o <goals>} needs to build {@code reactor}'s module and writes it to
     * {@link #offlineRepository}.
     */
    final Closure resolveOfflineRepository(BuilderReactor reactor) throws OfflineDockerException {
        if (goals == null || goals.isEmpty() || goals.stream().anyMatch(g -> g == null || g.isBlank())) {
            throw new ConfigurationException("<goals> " + goals + " must list at least one goal or phase, with no"
                    + " empty entries, e.g. <goals><goal>package</goal></goals>.");
        }
        outputLocations(reactor).checkReplaceable("offlineRepository", offlineRepository.toPath(),
                OfflineRepositoryBuilder::writtenAt);
        return repositories.build(new OfflineRepositoryRequest(
                session, reactor, goals, strategy(), offlineRepository.toPath(), verify));
    }

    /** The reactor the builder stage builds this project in, with what it repeats of the host's build said once. */
    final BuilderReactor builderReactor() throws OfflineDockerException {
        BuilderSystem system = builderSystem();
        BuilderReactor reactor = BuilderReactor.of(session, project, orEmpty(contextIncludes), extraDirectory(),
                projects -> builderModels.build(session, projects, system));
        if (!reactor.builderProfiles().isEmpty()) {
            getLog().info("The builder (" + system.describe() + ") activates profiles other than the host's, and the"
                    + " closure follows it: " + String.join("; ", reactor.builderProfiles().describe()));
        }
        reactor.leftOutDirectories().forEach((location, why) -> getLog().warn("The build context leaves out '"
                + location + "', " + why));
        if (!reactor.configuredFiles().isEmpty()) {
            getLog().info("The build context carries what plugin configurations name outside src/: "
                    + String.join(", ", reactor.configuredFiles()));
        }
        HostOptions options = reactor.hostOptions();
        String repeated = options.describe();
        if (!repeated.isEmpty()) {
            getLog().info("The builder stage's mvn repeats this build's " + repeated);
        }
        for (String name : options.secretNames()) {
            getLog().warn("The user property " + name + " stays out of the builder stage: its name marks a secret,"
                    + " and the builder's mvn command is kept in the image history. The builder builds offline and"
                    + " needs no credential.");
        }
        for (String name : reactor.jvmConfig().secretNames()) {
            getLog().warn("The system property " + name + " of " + BuilderReactor.JVM_CONFIG + " stays out of the"
                    + " builder stage: its name marks a secret, and the build context carries the file into the"
                    + " builder stage's layers. The builder builds offline and needs no credential.");
        }
        return reactor;
    }

    /**
     * What the builder's Maven sees of its system: here, with no builder image of the plugin's, the host's JDK;
     * the goals that write a builder stage know its JDK.
     */
    BuilderSystem builderSystem() {
        return BuilderSystem.withHostJdk();
    }

    /** The folder whose tree the runtime image gets at its root: none but for the goals that write an image. */
    Path extraDirectory() {
        return null;
    }

    /** Where this project's goals may replace a whole folder. */
    final OutputLocations outputLocations(BuilderReactor reactor) {
        return new OutputLocations(project.getBasedir().toPath(), Path.of(project.getBuild().getDirectory()),
                reactor.root(), session.getRepositorySession().getLocalRepository().getBasedir().toPath(),
                Path.of(System.getProperty("user.home")));
    }

    /** {@code values} without blank entries; none when unset. */
    static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }

    private Strategy strategy() throws ConfigurationException {
        try {
            return Strategy.valueOf(strategy.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ConfigurationException("<strategy> '" + strategy + "' is not a strategy: use 'auto' (the"
                    + " default), 'plan' or 'record'.");
        }
    }
}
