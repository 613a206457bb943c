package io.github.offlinedocker.resolve;

import io.github.offlinedocker.ConfigurationException;
import io.github.offlinedocker.OfflineDockerException;
import io.github.offlinedocker.project.BuilderReactor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.lifecycle.LifecycleExecutor;
import org.apache.maven.model.Extension;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.MavenPluginManager;
import org.apache.maven.plugin.internal.PluginDependenciesResolver;
import org.apache.maven.project.DefaultDependencyResolutionRequest;
import org.apache.maven.project.DefaultProjectBuildingRequest;
import org.apache.maven.project.DependencyResolutionResult;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectBuilder;
import org.apache.maven.project.ProjectBuildingRequest;
import org.apache.maven.project.ProjectDependenciesResolver;
import org.codehaus.plexus.PlexusContainer;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.graph.DependencyFilter;
import org.eclipse.aether.graph.DependencyNode;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.resolution.ArtifactDescriptorRequest;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves the closure an offline build of a project needs, through a copy of Maven's own repository session
 * (see {@link RecordingSessionFactory}): mirrors, proxies, server credentials (decrypted by Maven) and the user's
 * local repository apply exactly as in the host build, and every artifact the resolver hands out is recorded.
 */
@Named
@Singleton
public final class ClosureResolver {

    private static final Logger LOG = LoggerFactory.getLogger(ClosureResolver.class);

    private final RepositorySystem repositorySystem;
    private final ProjectBuilder projectBuilder;
    private final ProjectDependenciesResolver dependenciesResolver;
    private final PlannedPlugins plannedPlugins;
    private final RecordingSessionFactory recordingSessions;
    private final RecordedRun recordedRun = new RecordedRun(new ForkedMaven());

    @Inject
    public ClosureResolver(
            RepositorySystem repositorySystem,
            ProjectBuilder projectBuilder,
            ProjectDependenciesResolver dependenciesResolver,
            LifecycleExecutor lifecycleExecutor,
            PluginDependenciesResolver pluginResolver,
            MavenPluginManager pluginManager,
            PlexusContainer container) {
        this.repositorySystem = repositorySystem;
        this.projectBuilder = projectBuilder;
        this.dependenciesResolver = dependenciesResolver;
        this.plannedPlugins = new PlannedPlugins(repositorySystem, lifecycleExecutor, pluginResolver, pluginManager);
        this.recordingSessions = new RecordingSessionFactory(container);
    }

    /**
     * Resolves what {@code mvn -o <goals>} reads from the local repository when the builder stage builds the
     * reactor's module: the models of every reactor project, and the dependencies and plugins of those it
     * builds. Reactor projects themselves are left out: the builder builds them.
     */
    public Closure resolve(MavenSession session, BuilderReactor reactor, List<String> goals, Strategy strategy)
            throws OfflineDockerException {
        ResolutionRecorder recorder = new ResolutionRecorder();
        RepositorySystemSession recording = recordingSessions.create(session, recorder);
        Map<MavenProject, DependencyResolutionResult> dependencies = new LinkedHashMap<>();
        for (MavenProject project : reactor.builtProjects()) {
            dependencies.put(project, resolveDependencies(project, reactor, recording));
        }
        if (strategy == Strategy.RECORD) {
            recordedRun.record(session, reactor, goals, recorder);
        } else {
            for (MavenProject project : reactor.allProjects()) {
                resolveModel(session, project, reactor, recording);
                for (Plugin extension : buildExtensions(project)) {
                    plannedPlugins.resolvePlugin(project, extension, recording);
                }
            }
            PlanCompletion completion = new PlanCompletion();
            for (Map.Entry<MavenProject, DependencyResolutionResult> built : dependencies.entrySet()) {
                plannedPlugins.resolve(session, built.getKey(), goals, built.getValue(), recording, completion);
            }
            complete(session, reactor, goals, strategy, completion, recorder);
        }
        // Maven resolves core extensions before any event spy starts, so a recording run cannot see them.
        for (String coordinates : CoreExtensions.read(reactor.root().resolve(CoreExtensions.FILE))) {
            String[] parts = coordinates.split(":");
            plannedPlugins.resolvePlugin(reactor.module(), plugin(parts[0], parts[1], parts[2]), recording);
        }
        List<ResolvedArtifact> artifacts = recorder.recorded().stream()
                .filter(a -> !reactor.isModule(a.groupId(), a.artifactId(), a.baseVersion()))
                .toList();
        DependencyResolutionResult moduleDependencies = dependencies.get(reactor.module());
        return new Closure(sorted(artifacts), runtimeClasspath(moduleDependencies, artifacts),
                moduleJars(moduleDependencies, reactor), recorder.versionListsRead());
    }

    /**
     * The default strategy's second step: records, in one run of the goals on the host, what the plan found it
     * cannot see; under {@code plan} only says what the offline build may miss.
     */
    private void complete(MavenSession session, BuilderReactor reactor, List<String> goals, Strategy strategy,
            PlanCompletion completion, ResolutionRecorder recorder) throws OfflineDockerException {
        if (!completion.hostOnly().isEmpty()) {
            List<PlanCompletion.HostOnly> hostOnly = completion.hostOnly();
            throw new ConfigurationException(hostOnly.stream()
                    .map(goal -> goal.mojo() + " " + goal.resolution().what())
                    .collect(Collectors.joining("; ", "", ": "))
                    + hostOnly.stream().map(goal -> goal.resolution().why()).distinct()
                            .collect(Collectors.joining("; "))
                    + ", so the image cannot build there. " + hostOnly.stream()
                    .map(goal -> goal.resolution().instead()).distinct().collect(Collectors.joining(" ")));
        }
        for (PlanCompletion.Gap gap : completion.gaps()) {
            if (strategy == Strategy.AUTO) {
                LOG.info("The plan cannot see what {} resolves while it runs: {}", gap.mojo(),
                        gap.resolution().reason());
            } else {
                LOG.warn("Strategy 'plan' leaves out what {} resolves while it runs ({}): the offline build may"
                        + " miss it. The default strategy, 'auto', records it.", gap.mojo(), gap.resolution().reason());
            }
        }
        if (strategy != Strategy.AUTO || completion.isEmpty()) {
            return;
        }
        Set<Path> planned = new HashSet<>();
        recorder.recorded().forEach(artifact -> planned.add(artifact.file()));
        recordedRun.record(session, reactor, completion.recordingGoals(goals), recorder);
        List<String> added = recorder.recorded().stream().filter(artifact -> !planned.contains(artifact.file()))
                .map(ResolvedArtifact::coordinates).sorted().toList();
        LOG.info("The recording added {} artifacts the plan had not{}", added.size(),
                added.isEmpty() ? "" : ", e.g. " + String.join(", ", added.subList(0, Math.min(5, added.size()))));
        LOG.debug("Added by the recording: {}", added);
    }

    /**
     * Resolves the Maven distribution the builder stage runs, {@code org.apache.maven:apache-maven:V:tar.gz:bin},
     * through the host session so that a private mirror of Central serves it too.
     */
    public Path resolveMavenDistribution(MavenSession session, MavenProject project, String mavenVersion)
            throws OfflineDockerException {
        Artifact distribution = new DefaultArtifact("org.apache.maven", "apache-maven", "bin", "tar.gz", mavenVersion);
        try {
            ArtifactRequest request =
                    new ArtifactRequest(distribution, project.getRemoteProjectRepositories(), null);
            return repositorySystem.resolveArtifact(session.getRepositorySession(), request)
                    .getArtifact().getFile().toPath();
        } catch (Exception e) {
            throw ResolutionFailures.explain("the Maven " + mavenVersion + " distribution " + distribution, e);
        }
    }

    /**
     * Resolves the parents and imported BOMs of the project model on the recording session: the project is
     * rebuilt there, and the POMs from outside the reactor its model comes from are read as artifact
     * descriptors. The second matters on Maven 3.8, whose project builder keeps a model cache for the whole JVM
     * and so does not resolve again what the host build already read.
     */
    private void resolveModel(MavenSession session, MavenProject project, BuilderReactor reactor,
            RepositorySystemSession recording) throws OfflineDockerException {
        ProjectBuildingRequest request = new DefaultProjectBuildingRequest(session.getProjectBuildingRequest());
        request.setRepositorySession(recording);
        request.setResolveDependencies(false);
        try {
            projectBuilder.build(project.getFile(), request);
        } catch (Exception e) {
            throw ResolutionFailures.explain("the parent POMs and imported BOMs of " + project.getId(), e);
        }
        for (String pom : ModelLineage.externalPoms(project, reactor.allProjects())) {
            try {
                repositorySystem.readArtifactDescriptor(recording, new ArtifactDescriptorRequest(
                        new DefaultArtifact(pom), project.getRemoteProjectRepositories(), null));
            } catch (Exception e) {
                throw ResolutionFailures.explain(pom + ", which the model of " + project.getId() + " is built from", e);
            }
        }
    }

    /** The project's dependencies of every scope; reactor projects are collected through but not resolved. */
    private DependencyResolutionResult resolveDependencies(MavenProject project, BuilderReactor reactor,
            RepositorySystemSession recording) throws OfflineDockerException {
        DependencyFilter notInReactor = (node, parents) -> node.getArtifact() == null
                || !reactor.isModule(node.getArtifact().getGroupId(), node.getArtifact().getArtifactId(),
                        node.getArtifact().getBaseVersion());
        try {
            return dependenciesResolver.resolve(
                    new DefaultDependencyResolutionRequest(project, recording).setResolutionFilter(notInReactor));
        } catch (Exception e) {
            throw ResolutionFailures.explain("the dependencies of " + project.getId(), e);
        }
    }

    /**
     * Build extensions and plugins declared with {@code <extensions>true</extensions>}: Maven loads them while
     * it builds the project's model, before it runs any goal.
     */
    private static List<Plugin> buildExtensions(MavenProject project) {
        List<Plugin> extensions = new ArrayList<>();
        for (Extension extension : project.getBuildExtensions()) {
            extensions.add(plugin(extension.getGroupId(), extension.getArtifactId(), extension.getVersion()));
        }
        project.getBuildPlugins().stream().filter(Plugin::isExtensions).forEach(extensions::add);
        return extensions;
    }

    private static Plugin plugin(String groupId, String artifactId, String version) {
        Plugin plugin = new Plugin();
        plugin.setGroupId(groupId);
        plugin.setArtifactId(artifactId);
        plugin.setVersion(version);
        return plugin;
    }

    /**
     * The jars of reactor projects on the module's runtime class path, as the builder stage builds them. They
     * are read from the dependency graph: the resolution filter keeps them out of the resolved dependencies.
     */
    private static List<String> moduleJars(DependencyResolutionResult dependencies, BuilderReactor reactor) {
        Set<String> jars = new LinkedHashSet<>();
        collectModuleJars(dependencies.getDependencyGraph(), reactor, jars);
        return List.copyOf(jars);
    }

    private static void collectModuleJars(DependencyNode node, BuilderReactor reactor, Set<String> jars) {
        for (DependencyNode child : node.getChildren()) {
            Dependency dependency = child.getDependency();
            if (dependency != null && ("compile".equals(dependency.getScope())
                    || "runtime".equals(dependency.getScope()))) {
                Artifact artifact = dependency.getArtifact();
                reactor.moduleJar(artifact.getGroupId(), artifact.getArtifactId(), artifact.getBaseVersion())
                        .ifPresent(jars::add);
                collectModuleJars(child, reactor, jars);
            }
        }
    }

    private static Stream<Dependency> runtimeScoped(DependencyResolutionResult dependencies) {
        return dependencies.getDependencies().stream()
                .filter(d -> "compile".equals(d.getScope()) || "runtime".equals(d.getScope()));
    }

    /** Compile and runtime dependencies, in resolution order, that the recording holds (not reactor modules). */
    private static List<ResolvedArtifact> runtimeClasspath(
            DependencyResolutionResult dependencies, Collection<ResolvedArtifact> recorded) {
        Map<Path, ResolvedArtifact> byFile = new LinkedHashMap<>();
        recorded.forEach(artifact -> byFile.put(artifact.file(), artifact));
        return runtimeScoped(dependencies)
                .map(d -> d.getArtifact().getFile())
                .filter(Objects::nonNull)
                .map(file -> byFile.get(file.toPath()))
                .filter(Objects::nonNull)
                .filter(ResolvedArtifact::isJar)
                .toList();
    }

    private static List<ResolvedArtifact> sorted(Collection<ResolvedArtifact> artifacts) {
        List<ResolvedArtifact> list = new ArrayList<>(artifacts);
        list.sort((a, b) -> a.repositoryPath().compareTo(b.repositoryPath()));
        LOG.debug("Closure holds {} files", list.size());
        return list;
    }
}
