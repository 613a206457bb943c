package io.github.offlinedocker.resolve;

import io.github.offlinedocker.project.PluginConfiguration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.codehaus.plexus.component.repository.ComponentRequirement;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Tells, for a mojo execution of the plan, what it resolves while it runs: the rules this project keeps for the
 * plugins it knows (test providers, annotation processors, configured artifacts), or, for any other plugin,
 * whether it can resolve at all ({@link ResolverAccess}): Quarkus's build, for one, injects a resolver. What the
 * rules cannot tell is {@link RunTimeResolution.Unknown}: a run has to show it.
 */
final class RunTimeResolutions {

    /** The package of this plugin's own mojos. */
    private static final String THIS_PLUGIN = "io.github.offlinedocker.mojo.";

    private RunTimeResolutions() {}

    /**
     * @param isTrue          whether the execution's parameter of a name ({@code skip}, say), as Maven evaluates it,
     *                        is true
     * @param testClasspath   the project's resolved dependencies of every scope, {@code groupId:artifactId} to version
     * @param managedVersions the project's managed versions, {@code groupId:artifactId} to version
     * @param pluginClasses   the plugin's resolved jars
     * @param platform        the builder's platform, for native executables
     */
    static RunTimeResolution of(MojoExecution execution, Predicate<String> isTrue, Map<String, String> testClasspath,
            Map<String, String> managedVersions, ResolverAccess pluginClasses, BuilderPlatform platform) {
        Plugin plugin = execution.getPlugin();
        Xpp3Dom configuration = execution.getConfiguration();
        Optional<RunTimeResolution.Outside> outside = HostOnlyGoals.of(plugin.getGroupId(),
                plugin.getArtifactId(), execution.getGoal(), configuration, isTrue);
        if (outside.isPresent()) {
            return outside.get();
        }
        if (TestProviders.choosesProvider(plugin.getGroupId(), plugin.getArtifactId())) {
            boolean parallel = PluginConfiguration.value(configuration, "parallel").isPresent();
            return TestProviders.forTestClasspath(
                            plugin.getVersion(), testClasspath, parallel, pluginClasses.classpath())
                    .<RunTimeResolution>map(RunTimeResolution.Known::new)
                    .orElseGet(() -> new RunTimeResolution.Unknown(plugin.getArtifactId() + " " + plugin.getVersion()
                            + " is newer than the test providers' rules are proven for", true));
        }
        if (AnnotationProcessorPaths.appliesTo(plugin.getGroupId(), plugin.getArtifactId())) {
            return new RunTimeResolution.Known(AnnotationProcessorPaths.from(configuration, managedVersions));
        }
        if (ConfiguredArtifacts.knows(plugin.getGroupId(), plugin.getArtifactId())) {
            return new RunTimeResolution.Known(
                    ConfiguredArtifacts.of(plugin.getGroupId(), plugin.getArtifactId(), configuration, platform));
        }
        MojoDescriptor descriptor = execution.getMojoDescriptor();
        if (descriptor.getImplementation().startsWith(THIS_PLUGIN)) {
            // The builder runs this plugin with offline-docker.skip: it resolves nothing there.
            return new RunTimeResolution.Known(List.of());
        }
        return pluginClasses
                .evidence(roles(descriptor), expressions(descriptor), descriptor.getImplementation())
                .<RunTimeResolution>map(why -> new RunTimeResolution.Unknown(why, false))
                .orElseGet(() -> new RunTimeResolution.Known(List.of()));
    }

    private static List<String> roles(MojoDescriptor descriptor) {
        List<ComponentRequirement> requirements = descriptor.getRequirements();
        return requirements == null ? List.of() : requirements.stream().map(ComponentRequirement::getRole).toList();
    }

    private static List<String> expressions(MojoDescriptor descriptor) {
        List<Parameter> parameters = descriptor.getParameters();
        return parameters == null ? List.of() : parameters.stream()
                .flatMap(p -> Stream.of(p.getExpression(), p.getDefaultValue()))
                .filter(Objects::nonNull)
                .toList();
    }
}
