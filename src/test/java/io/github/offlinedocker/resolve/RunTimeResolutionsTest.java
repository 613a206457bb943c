package io.github.offlinedocker.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.codehaus.plexus.component.repository.ComponentRequirement;
import org.junit.jupiter.api.Test;

class RunTimeResolutionsTest {

    private static final ResolverAccess NO_CLASSES = new ResolverAccess(List.of());
    private static final BuilderPlatform LINUX = new BuilderPlatform("linux-x86_64", null);

    @Test
    void of_surefireOfAClaimedLine_knownProviders() {
        MojoExecution surefire = execution("org.apache.maven.plugins", "maven-surefire-plugin", "3.2.5",
                "org.apache.maven.plugin.surefire.SurefirePlugin");
        assertEquals(new RunTimeResolution.Known(List.of("org.apache.maven.surefire:surefire-junit4:3.2.5")),
                RunTimeResolutions.of(surefire, parameter -> false, Map.of("junit:junit", "4.13.2"), Map.of(), NO_CLASSES, LINUX));
    }

    @Test
    void of_surefireNewerThanTheRules_unknownDuringTests() {
        MojoExecution surefire = execution("org.apache.maven.plugins", "maven-surefire-plugin", "3.7.0",
                "org.apache.maven.plugin.surefire.SurefireMojo");
        assertEquals(new RunTimeResolution.Unknown(
                        "maven-surefire-plugin 3.7.0 is newer than the test providers' rules are proven for", true),
                RunTimeResolutions.of(surefire, parameter -> false, Map.of("junit:junit", "4.13.2"), Map.of(), NO_CLASSES, LINUX));
    }

    @Test
    void of_thisPlugin_nothing() {
        MojoExecution ours = execution("io.github.offlinedocker", "offline-docker-maven-plugin", "0.1.0",
                "io.github.offlinedocker.mojo.BuildMojo");
        ours.getMojoDescriptor().addRequirement(requirement("org.eclipse.aether.RepositorySystem"));
        assertEquals(new RunTimeResolution.Known(List.of()),
                RunTimeResolutions.of(ours, parameter -> false, Map.of(), Map.of(), NO_CLASSES, LINUX));
    }

    @Test
    void of_mojoInjectingAResolver_unknownWithoutTests() {
        MojoExecution generator = execution("com.example", "generator-maven-plugin", "1.0", "com.example.Generate");
        generator.getMojoDescriptor().addRequirement(requirement("org.eclipse.aether.RepositorySystem"));
        assertEquals(new RunTimeResolution.Unknown("it injects org.eclipse.aether.RepositorySystem", false),
                RunTimeResolutions.of(generator, parameter -> false, Map.of(), Map.of(), NO_CLASSES, LINUX));
    }

    @Test
    void of_mojoWithoutResolverAccess_nothing() {
        MojoExecution jar = execution("org.apache.maven.plugins", "maven-jar-plugin", "3.4.1",
                "org.apache.maven.plugins.jar.JarMojo");
        assertEquals(new RunTimeResolution.Known(List.of()), RunTimeResolutions.of(jar, parameter -> false, Map.of(), Map.of(), NO_CLASSES, LINUX));
    }

    @Test
    void of_frontendInstallingNode_outsideMavensRepositories() {
        MojoExecution install = execution("com.github.eirslett", "frontend-maven-plugin", "1.15.1",
                "com.github.eirslett.maven.plugins.frontend.mojo.InstallNodeAndNpmMojo", "install-node-and-npm");
        RunTimeResolution resolution = RunTimeResolutions.of(install, parameter -> false, Map.of(), Map.of(), NO_CLASSES, LINUX);
        assertTrue(resolution instanceof RunTimeResolution.Outside outside && outside.what().startsWith("downloads Node.js"),
                resolution.toString());
    }

    @Test
    void of_frontendSkipped_nothing() {
        MojoExecution install = execution("com.github.eirslett", "frontend-maven-plugin", "1.15.1",
                "com.github.eirslett.maven.plugins.frontend.mojo.InstallNodeAndNpmMojo", "install-node-and-npm");
        assertEquals(new RunTimeResolution.Known(List.of()),
                RunTimeResolutions.of(install, "skip"::equals, Map.of(), Map.of(), NO_CLASSES, LINUX));
    }

    private static MojoExecution execution(String groupId, String artifactId, String version, String implementation) {
        return execution(groupId, artifactId, version, implementation, "run");
    }

    private static MojoExecution execution(String groupId, String artifactId, String version, String implementation,
            String goal) {
        Plugin plugin = new Plugin();
        plugin.setGroupId(groupId);
        plugin.setArtifactId(artifactId);
        plugin.setVersion(version);
        PluginDescriptor pluginDescriptor = new PluginDescriptor();
        pluginDescriptor.setGroupId(groupId);
        pluginDescriptor.setArtifactId(artifactId);
        pluginDescriptor.setVersion(version);
        pluginDescriptor.setPlugin(plugin);
        MojoDescriptor descriptor = new MojoDescriptor();
        descriptor.setPluginDescriptor(pluginDescriptor);
        descriptor.setGoal(goal);
        descriptor.setImplementation(implementation);
        return new MojoExecution(descriptor, "default");
    }

    private static ComponentRequirement requirement(String role) {
        ComponentRequirement requirement = new ComponentRequirement();
        requirement.setRole(role);
        return requirement;
    }
}
