package io.github.offlinedocker.project;

import static io.github.offlinedocker.XmlElements.element;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.offlinedocker.ConfigurationException;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFactsTest {

    private static MavenProject project(Xpp3Dom compilerConfiguration, Xpp3Dom jarConfiguration) {
        Model model = new Model();
        model.setGroupId("com.acme");
        model.setArtifactId("app");
        model.setVersion("1.0");
        Build build = new Build();
        build.setDirectory("/work/app/target");
        build.setFinalName("app-1.0");
        addPlugin(build, "maven-compiler-plugin", compilerConfiguration);
        addPlugin(build, "maven-jar-plugin", jarConfiguration);
        model.setBuild(build);
        MavenProject project = new MavenProject(model);
        project.setFile(new File("/work/app/pom.xml"));
        return project;
    }

    private static void addPlugin(Build build, String artifactId, Xpp3Dom configuration) {
        if (configuration != null) {
            Plugin plugin = new Plugin();
            plugin.setArtifactId(artifactId);
            plugin.setConfiguration(configuration);
            build.addPlugin(plugin);
        }
    }

    @Test
    void javaRelease_propertyBeforeCompilerConfiguration() {
        MavenProject project = project(element("configuration", null, element("release", "11")), null);
        project.getProperties().setProperty("maven.compiler.release", "21");
        assertEquals(21, new ProjectFacts(project).javaRelease());
    }

    @Test
    void javaRelease_compilerTargetOldStyle() {
        MavenProject project = project(element("configuration", null, element("target", "1.8")), null);
        assertEquals(8, new ProjectFacts(project).javaRelease());
    }

    @Test
    void javaRelease_noneOrUnresolved_defaultsTo17() {
        assertEquals(17, new ProjectFacts(project(null, null)).javaRelease());
        MavenProject unresolved = project(null, null);
        unresolved.getProperties().setProperty("maven.compiler.release", "${java.version}");
        assertEquals(17, new ProjectFacts(unresolved).javaRelease());
    }

    @Test
    void manifestMainClass_fromJarPluginArchive() {
        Xpp3Dom jar = element("configuration", null,
                element("archive", null, element("manifest", null, element("mainClass", " com.acme.Main "))));
        assertEquals(Optional.of("com.acme.Main"), new ProjectFacts(project(null, jar)).manifestMainClass());
        assertEquals(Optional.empty(), new ProjectFacts(project(null, null)).manifestMainClass());
    }

    @Test
    void runsGoal_anExecutionOfThePluginOfAnyGroup() {
        MavenProject project = springBootProject(null);
        assertTrue(new ProjectFacts(project).runsGoal("spring-boot-maven-plugin", "repackage"));
        assertTrue(!new ProjectFacts(project).runsGoal("spring-boot-maven-plugin", "build-image"));
        assertTrue(!new ProjectFacts(project).runsGoal("quarkus-maven-plugin", "repackage"));
    }

    @Test
    void setting_pomPropertyBeforeTheResourceFile(@TempDir Path resources) throws IOException {
        Files.writeString(resources.resolve("application.properties"), "quarkus.package.type=legacy-jar\n"
                + "app.mode=from-file\n");
        MavenProject project = project(null, null);
        Resource resource = new Resource();
        resource.setDirectory(resources.toString());
        project.getBuild().addResource(resource);
        ProjectFacts facts = new ProjectFacts(project);
        assertEquals(Optional.of("from-file"), facts.setting("application.properties", "app.mode"));
        project.getProperties().setProperty("app.mode", "from-pom");
        assertEquals(Optional.of("from-pom"), facts.setting("application.properties", "app.mode"));
        // The first key that is set wins, in the POM as in the file.
        assertEquals(Optional.of("legacy-jar"),
                facts.setting("application.properties", "quarkus.package.jar.type", "quarkus.package.type"));
        assertEquals(Optional.empty(), facts.setting("application.properties", "absent"));
        assertEquals(Optional.empty(), facts.setting("absent.properties", "absent"));
    }

    @Test
    void dependencyImageRepository_groupAndArtifactAsOneRepositoryComponent() {
        MavenProject project = project(null, null);
        project.setGroupId("Com.Acme");
        project.setArtifactId("order_service");
        assertEquals("offline-docker-dependencies/com-acme-order-service",
                new ProjectFacts(project).dependencyImageRepository());
        assertEquals("project", ProjectFacts.repositoryComponent("_."));
    }

    /** A project with spring-boot-maven-plugin 3.4.5 whose 'repackage' execution has {@code configuration}. */
    private static MavenProject springBootProject(Xpp3Dom configuration) {
        MavenProject project = project(null, null);
        Plugin plugin = new Plugin();
        plugin.setGroupId("org.springframework.boot");
        plugin.setArtifactId("spring-boot-maven-plugin");
        plugin.setVersion("3.4.5");
        PluginExecution repackage = new PluginExecution();
        repackage.setId("repackage");
        repackage.addGoal("repackage");
        repackage.setConfiguration(configuration);
        plugin.addExecution(repackage);
        project.getBuild().addPlugin(plugin);
        return project;
    }

    @Test
    void springBootLayeredJarPlugin_repackageWithDefaultLayers_pluginVersion() throws ConfigurationException {
        assertEquals("3.4.5", new ProjectFacts(springBootProject(null)).springBootLayeredJarPlugin("<springBootLayers>"));
        Xpp3Dom enabled = element("configuration", null, element("layers", null, element("enabled", "true")));
        assertEquals("3.4.5", new ProjectFacts(springBootProject(enabled)).springBootLayeredJarPlugin("<springBootLayers>"));
    }

    @Test
    void springBootLayeredJarPlugin_noLayeredFatJar_failsSayingWhy() {
        assertFailure(project(null, null), "has no execution of spring-boot-maven-plugin's 'repackage' goal");
        assertFailure(springBootProject(element("configuration", null, element("classifier", "exec"))),
                "with the classifier 'exec'");
        assertFailure(springBootProject(element("configuration", null,
                element("layers", null, element("enabled", "false")))), "<layers><enabled> is false");
        assertFailure(springBootProject(element("configuration", null,
                        element("layers", null, element("configuration", "src/layers.xml")))),
                "<layers><configuration> src/layers.xml defines layers of its own");
    }

    private static void assertFailure(MavenProject project, String reason) {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> new ProjectFacts(project).springBootLayeredJarPlugin("<springBootLayers>"));
        assertTrue(e.getMessage().startsWith("<springBootLayers>") && e.getMessage().contains(reason),
                e.getMessage());
    }
}
