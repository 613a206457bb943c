package io.github.offlinedocker.resolve;

import io.github.offlinedocker.ConfigurationException;
import io.github.offlinedocker.OfflineDockerException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.lifecycle.LifecycleExecutor;
import org.apache.maven.lifecycle.LifecyclePhaseNotFoundException;
import org.apache.maven.lifecycle.MavenExecutionPlan;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.MavenPluginManager;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.PluginIncompatibleException;
import org.apache.maven.plugin.PluginParameterExpressionEvaluator;
import org.apache.maven.plugin.MojoNotFoundException;
import org.apache.maven.plugin.internal.PluginDependenciesResolver;
import org.apache.maven.plugin.prefix.NoPluginFoundForPrefixException;
import org.apache.maven.project.DependencyResolutionResult;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.component.configurator.expression.ExpressionEvaluationException;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.DependencyNode;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.DependencyRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the plugins of a project's execution plan need offline: each plugin with its dependencies, what each mojo
 * resolves while it runs when the plan can tell ({@link RunTimeResolutions}; the rest goes to the
 * {@link PlanCompletion}), and the definitions of the plugins Maven reads without running them.
 */
final class PlannedPlugins {

    private static final Logger LOG = LoggerFactory.getLogger(PlannedPlugins.class);
    private static final String DETECTED_CLASSIFIER = "os.detected.classifier";

    private final RepositorySystem repositorySystem;
    private final LifecycleExecutor lifecycleExecutor;
    private final PluginDependenciesResolver pluginResolver;
    private final MavenPluginManager pluginManager;
    private final MetadataProbe metadataProbe;

    PlannedPlugins(RepositorySystem repositorySystem, LifecycleExecutor lifecycleExecutor,
            PluginDependenciesResolver pluginResolver, MavenPluginManager pluginManager) {
        this.repositorySystem = repositorySystem;
        this.lifecycleExecutor = lifecycleExecutor;
        this.pluginResolver = pluginResolver;
        this.pluginManager = pluginManager;
        this.metadataProbe = new MetadataProbe(repositorySystem);
    }

    /**
     * Resolves the plugins that {@code goals} run on {@code project} and what they resolve while they run; adds to
     * {@code completion} what the plan cannot see.
     */
    void resolve(MavenSession session, MavenProject project, List<String> goals,
            DependencyResolutionResult dependencies, RepositorySystemSession recording, PlanCompletion completion)
            throws OfflineDockerException {
        Map<String, String> testClasspath = versionsByKey(dependencies);
        Map<String, String> managedVersions = managedVersions(project);
        Map<String, ResolverAccess> resolvedPlugins = new HashMap<>();
        // What the host's build evaluates ${os.detected.classifier} to: a user property wins over os-maven-plugin's.
        BuilderPlatform platform = BuilderPlatform.of(session.getUserProperties().getProperty(DETECTED_CLASSIFIER,
                project.getProperties().getProperty(DETECTED_CLASSIFIER)));
        for (MojoExecution execution : planExecutions(session, project, goals, recording)) {
            checkMavenVersion(execution);
            Plugin plugin = execution.getPlugin();
            ResolverAccess pluginClasses = resolvedPlugins.get(plugin.getId());
            if (pluginClasses == null) {
                pluginClasses = new ResolverAccess(resolvePlugin(project, plugin, recording));
                resolvedPlugins.put(plugin.getId(), pluginClasses);
            }
            RunTimeResolution resolution = RunTimeResolutions.of(execution,
                    parameter -> isTrue(session, project, execution, parameter),
                    testClasspath, managedVersions, pluginClasses, platform);
            if (resolution instanceof RunTimeResolution.Known known) {
                for (String coordinates : known.artifacts()) {
                    resolveWithDependencies(coordinates, project.getRemotePluginRepositories(), recording);
                }
            }
            completion.add(plugin.getId() + ":" + execution.getGoal() + "@" + execution.getExecutionId()
                    + " of " + project.getArtifactId(), resolution);
        }
        resolveDefinitions(session, project, new HashSet<>(resolvedPlugins.keySet()), recording);
    }

    /**
     * Resolves the definition (POM and jar, not the dependencies) of the plugins that do not run but whose
     * descriptors Maven still reads: those of executions declared without a phase (Maven 3.8 reads them to build
     * any plan) and those bound up to {@code deploy}, whose plan maven-artifact-plugin's {@code check-buildplan}
     * computes. Both were found missing offline on public projects (gson, jsoup, commons-cli).
     */
    private void resolveDefinitions(MavenSession session, MavenProject project, Set<String> resolvedPlugins,
            RepositorySystemSession recording) throws OfflineDockerException {
        List<Plugin> plugins = new ArrayList<>(project.getBuildPlugins());
        try {
            planExecutions(session, project, List.of("deploy"), recording)
                    .forEach(execution -> plugins.add(execution.getPlugin()));
        } catch (OfflineDockerException e) {
            LOG.warn("Plugins bound after the goals of {} are left out of the offline repository: {}",
                    project.getId(), e.getMessage());
        }
        for (Plugin plugin : plugins) {
            if (plugin.getVersion() != null && resolvedPlugins.add(plugin.getId())) {
                try {
                    pluginResolver.resolve(plugin, project.getRemotePluginRepositories(), recording);
                } catch (Exception e) {
                    throw ResolutionFailures.explain("plugin " + plugin.getId() + ", declared by " + project.getId(), e);
                }
            }
        }
    }

    /**
     * Maven's own check that the plugin accepts this Maven, which the builder stage runs too: a plugin that does not
     * fails the plan here, not the builder after the dependency image.
     */
    private void checkMavenVersion(MojoExecution execution) throws ConfigurationException {
        try {
            pluginManager.checkRequiredMavenVersion(execution.getMojoDescriptor().getPluginDescriptor());
        } catch (PluginIncompatibleException e) {
            throw new ConfigurationException(e.getMessage() + " (for " + execution.getPlugin().getId() + ":"
                    + execution.getGoal() + "@" + execution.getExecutionId() + "), and the builder stage runs the"
                    + " Maven this build runs: build with a Maven version the plugin accepts.");
        }
    }

    /**
     * Whether the execution's parameter {@code name} ({@code skip}, say), evaluated as Maven evaluates it for the
     * mojo ({@code ${skip.npm}} from the user properties, or its default), is true; false when the mojo has none.
     */
    private static boolean isTrue(MavenSession session, MavenProject project, MojoExecution execution, String name) {
        Xpp3Dom parameter = execution.getConfiguration() == null ? null
                : execution.getConfiguration().getChild(name);
        if (parameter == null) {
            return false;
        }
        MavenProject current = session.getCurrentProject();
        session.setCurrentProject(project);
        try {
            Object value = new PluginParameterExpressionEvaluator(session, execution).evaluate(parameter.getValue());
            return Boolean.parseBoolean(String.valueOf(value != null ? value : parameter.getAttribute("default-value")));
        } catch (ExpressionEvaluationException e) {
            LOG.debug("Could not evaluate the parameter {} of {}", name, execution, e);
            return false;
        } finally {
            session.setCurrentProject(current);
        }
    }

    /** The mojo executions of the plan for {@code goals}, forked executions included, in plan order. */
    private List<MojoExecution> planExecutions(MavenSession session, MavenProject project, List<String> goals,
            RepositorySystemSession recording) throws OfflineDockerException {
        MavenProject current = session.getCurrentProject();
        session.setCurrentProject(project);
        try {
            MavenExecutionPlan plan = lifecycleExecutor.calculateExecutionPlan(session, goals.toArray(String[]::new));
            List<MojoExecution> executions = new ArrayList<>();
            collectExecutions(plan.getMojoExecutions(), executions);
            return executions;
        } catch (Exception e) {
            String what = "the plugins that goals " + goals + " run on " + project.getId();
            // A prefix or a plugin version that no repository has, or that one would not give: asked again, the
            // repositories say which.
            List<Exception> probed = metadataProbe.failures(e, session.getSettings().getPluginGroups(),
                    project.getRemotePluginRepositories(), recording);
            boolean answeredOtherThanMissing = probed.stream().map(TransferFailure::of).flatMap(Optional::stream)
                    .anyMatch(failure -> !failure.isNotFound());
            if (!answeredOtherThanMissing && (e instanceof LifecyclePhaseNotFoundException
                    || e instanceof NoPluginFoundForPrefixException || e instanceof MojoNotFoundException)) {
                throw new ConfigurationException("<goals> " + goals + " cannot run on " + project.getId() + ": "
                        + e.getMessage() + ". Give phases or plugin goals this project can run, e.g."
                        + " <goals><goal>package</goal></goals>.", e);
            }
            throw ResolutionFailures.explain(what, e, probed);
        } finally {
            session.setCurrentProject(current);
        }
    }

    private static void collectExecutions(List<MojoExecution> executions, List<MojoExecution> collected) {
        for (MojoExecution execution : executions) {
            collected.add(execution);
            for (List<MojoExecution> forked : execution.getForkedExecutions().values()) {
                collectExecutions(forked, collected);
            }
        }
    }

    /**
     * Resolves the plugin and its dependencies, as Maven filters them; answers their files, but for those of
     * artifacts Maven's core exports, whose classes the plugin gets from Maven instead.
     */
    List<Path> resolvePlugin(MavenProject project, Plugin plugin, RepositorySystemSession recording)
            throws OfflineDockerException {
        List<RemoteRepository> repositories = project.getRemotePluginRepositories();
        try {
            Artifact pluginArtifact = pluginResolver.resolve(plugin, repositories, recording);
            List<Path> files = new ArrayList<>();
            collectFiles(pluginResolver.resolve(plugin, pluginArtifact, null, repositories, recording), files);
            return files;
        } catch (Exception e) {
            throw ResolutionFailures.explain("plugin " + plugin.getId() + " and its dependencies", e);
        }
    }

    private static void collectFiles(DependencyNode node, List<Path> files) {
        Artifact artifact = node.getArtifact();
        if (artifact != null && MavenCoreArtifacts.isExported(artifact.getGroupId(), artifact.getArtifactId())) {
            return;
        }
        if (artifact != null && artifact.getFile() != null) {
            files.add(node.getArtifact().getFile().toPath());
        }
        node.getChildren().forEach(child -> collectFiles(child, files));
    }

    /**
     * Resolves {@code coordinates} with their dependencies twice: as the root of the graph, whose own dependency
     * management then applies (as a plugin resolving with Maven 3's resolver sees it), and as the one dependency of
     * an unnamed root, where it does not (as Maven 2's resolver sees it, with which surefire 2.12.4 resolves its
     * providers: plexus-utils 1.0.4 where the former says 3.0.8).
     */
    private void resolveWithDependencies(
            String coordinates, List<RemoteRepository> repositories, RepositorySystemSession recording)
            throws OfflineDockerException {
        Dependency dependency = new Dependency(new DefaultArtifact(coordinates), "runtime");
        CollectRequest asRoot = new CollectRequest(dependency, repositories);
        CollectRequest asDependency = new CollectRequest(List.of(dependency), List.of(), repositories);
        asDependency.setRootArtifact(new DefaultArtifact("offline-docker:run-time-resolution:1"));
        try {
            repositorySystem.resolveDependencies(recording, new DependencyRequest(asRoot, null));
            repositorySystem.resolveDependencies(recording, new DependencyRequest(asDependency, null));
        } catch (Exception e) {
            throw ResolutionFailures.explain(coordinates + " (resolved by a plugin at run time)", e);
        }
    }

    private static Map<String, String> managedVersions(MavenProject project) {
        Map<String, String> versions = new LinkedHashMap<>();
        if (project.getDependencyManagement() != null) {
            for (org.apache.maven.model.Dependency managed : project.getDependencyManagement().getDependencies()) {
                versions.putIfAbsent(managed.getGroupId() + ":" + managed.getArtifactId(), managed.getVersion());
            }
        }
        return versions;
    }

    private static Map<String, String> versionsByKey(DependencyResolutionResult dependencies) {
        Map<String, String> versions = new LinkedHashMap<>();
        for (Dependency dependency : dependencies.getDependencies()) {
            Artifact artifact = dependency.getArtifact();
            versions.putIfAbsent(artifact.getGroupId() + ":" + artifact.getArtifactId(), artifact.getBaseVersion());
        }
        return versions;
    }
}
