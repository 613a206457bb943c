package io.github.offlinedocker.project;

import static io.github.offlinedocker.XmlElements.element;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.offlinedocker.ConfigurationException;
import io.github.offlinedocker.image.ClassPathLayout;
import io.github.offlinedocker.image.JarLayout;
import io.github.offlinedocker.image.JlinkLayout;
import io.github.offlinedocker.image.QuarkusLayout;
import io.github.offlinedocker.image.RuntimeLayout;
import io.github.offlinedocker.image.SpringBootLayout;
import io.github.offlinedocker.image.WarLayout;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;

class LayoutChooserTest {

    private static final Path ROOT = Path.of("/work/shop").toAbsolutePath();

    private static MavenProject project(String packaging) {
        Model model = new Model();
        model.setGroupId("com.acme");
        model.setArtifactId("app");
        model.setVersion("1.0");
        model.setPackaging(packaging);
        Build build = new Build();
        build.setDirectory(ROOT.resolve("app/target").toString());
        build.setFinalName("app-1.0");
        model.setBuild(build);
        MavenProject project = new MavenProject(model);
        project.setFile(ROOT.resolve("app/pom.xml").toFile());
        // As Maven's handlers say: maven-bundle-plugin's 'bundle' packaging makes a jar.
        DefaultArtifactHandler handler = new DefaultArtifactHandler(packaging);
        handler.setExtension("bundle".equals(packaging) ? "jar" : packaging);
        project.setArtifact(new DefaultArtifact("com.acme", "app", "1.0", "compile", packaging, null, handler));
        return project;
    }

    private static void addPlugin(MavenProject project, String groupId, String artifactId, Xpp3Dom configuration,
            String goal) {
        Plugin plugin = new Plugin();
        plugin.setGroupId(groupId);
        plugin.setArtifactId(artifactId);
        plugin.setVersion("3.4.5");
        plugin.setConfiguration(configuration);
        if (goal != null) {
            PluginExecution execution = new PluginExecution();
            execution.setId(goal);
            execution.addGoal(goal);
            plugin.addExecution(execution);
        }
        project.getBuild().addPlugin(plugin);
    }

    private static RuntimeLayout choose(MavenProject project, LayoutChooser.Wishes wishes)
            throws ConfigurationException {
        BuilderReactor reactor = new BuilderReactor(ROOT, project, List.of(project), HostOptions.NONE, JvmConfig.NONE,
                List.of(), null);
        return new LayoutChooser(reactor).choose(wishes);
    }

    private static LayoutChooser.Wishes wishes(String layout, String mainClass) {
        return wishes(layout, mainClass, false, null, false);
    }

    /** What a user asks for who wants no linked runtime. */
    private static LayoutChooser.Wishes wishes(String layout, String mainClass, boolean springBootLayers,
            String warDeployment, boolean ownDockerfile) {
        return new LayoutChooser.Wishes(layout, mainClass, springBootLayers, warDeployment, ownDockerfile, false,
                List.of(), 0);
    }

    @Test
    void choose_jarWithoutMainClass_jar() throws ConfigurationException {
        assertEquals(new JarLayout(), choose(project("jar"), wishes(null, null)));
    }

    @Test
    void choose_mainClassGivenOrInTheManifest_classPath() throws ConfigurationException {
        assertEquals(new ClassPathLayout("com.acme.Main"), choose(project("jar"), wishes(null, " com.acme.Main ")));
        MavenProject manifest = project("jar");
        addPlugin(manifest, "org.apache.maven.plugins", "maven-jar-plugin", element("configuration", null,
                element("archive", null, element("manifest", null, element("mainClass", "com.acme.Manifest")))), null);
        assertEquals(new ClassPathLayout("com.acme.Manifest"), choose(manifest, wishes(null, null)));
        // The layout named wins over the main class.
        assertEquals(new JarLayout(), choose(manifest, wishes("jar", null)));
    }

    @Test
    void choose_warPackaging_warExplodedAtTheDefaultDeploymentFromTheWarPluginsDirectory()
            throws ConfigurationException {
        assertEquals(new WarLayout("app/target/app-1.0", WarLayout.DEFAULT_DEPLOYMENT),
                choose(project("war"), wishes(null, null)));
        MavenProject configured = project("war");
        addPlugin(configured, "org.apache.maven.plugins", "maven-war-plugin",
                element("configuration", null, element("webappDirectory", "target/exploded")), null);
        assertEquals(new WarLayout("app/target/exploded", "/opt/jetty/webapps/ROOT.war"), choose(configured,
                wishes(null, null, false, "/opt/jetty/webapps/ROOT.war", false)));
    }

    @Test
    void choose_springBootLayers_fromTheSwitchOrTheLayout() throws ConfigurationException {
        MavenProject boot = project("jar");
        addPlugin(boot, "org.springframework.boot", "spring-boot-maven-plugin", null, "repackage");
        SpringBootLayout expected = SpringBootLayout.forPluginVersion("3.4.5").orElseThrow();
        assertEquals(expected, choose(boot, wishes(null, null, true, null, false)));
        assertEquals(expected, choose(boot, wishes("spring-boot-layers", null)));
    }

    @Test
    void choose_springBootLayoutWithoutFatJar_namesTheSettingThatAsked() {
        String fromLayout = assertThrows(ConfigurationException.class,
                () -> choose(project("jar"), wishes("spring-boot-layers", null))).getMessage();
        assertTrue(fromLayout.startsWith("<layout> spring-boot-layers takes a Spring Boot fat jar apart, but"
                + " com.acme:app:jar:1.0 has no execution of spring-boot-maven-plugin's 'repackage' goal"), fromLayout);
        String conflict = assertThrows(ConfigurationException.class, () -> choose(project("jar"),
                wishes("jar", null, true, null, false))).getMessage();
        assertEquals("<springBootLayers> is true, but <layout> is 'jar'. Remove one of the two.", conflict);
    }

    @Test
    void choose_quarkusBuildOrPackaging_fastJarOrTheUberJarItsSettingAsks() throws ConfigurationException {
        MavenProject fastJar = project("jar");
        addPlugin(fastJar, "io.quarkus.platform", "quarkus-maven-plugin", null, "build");
        QuarkusLayout expected = new QuarkusLayout("app/target/quarkus-app", null);
        assertEquals(expected, choose(fastJar, wishes(null, null)));
        assertEquals(expected, choose(project("quarkus"), wishes(null, null)));
        MavenProject uberJar = project("quarkus");
        uberJar.getProperties().setProperty("quarkus.package.jar.type", "uber-jar");
        assertEquals(new QuarkusLayout("app/target/quarkus-app", "app/target/app-1.0-runner.jar"),
                choose(uberJar, wishes(null, null)));
    }

    @Test
    void choose_jlink_theChosenLayoutOnALinkedRuntimeButNotAWar() throws ConfigurationException {
        MavenProject project = project("jar");
        project.getProperties().setProperty("maven.compiler.release", "21");
        assertEquals(new JlinkLayout(new ClassPathLayout("com.acme.Main"), 21, List.of("java.sql"), 5),
                choose(project, new LayoutChooser.Wishes(null, "com.acme.Main", false, null, false, true,
                        List.of("java.sql"), 5)));
        assertEquals("<jlink> links a Java runtime for an application that runs on java, but the war layout runs on"
                        + " the servlet container of the runtime image, which brings its own. Remove <jlink>.",
                assertThrows(ConfigurationException.class, () -> choose(project("war"),
                        new LayoutChooser.Wishes(null, null, false, null, false, true, List.of(), 10))).getMessage());
    }

    @Test
    void choose_packagingNoLayoutFits_namesPackagingLayoutsAndFixes() {
        String message = assertThrows(ConfigurationException.class,
                () -> choose(project("ear"), wishes(null, null))).getMessage();
        assertEquals("Project com.acme:app:ear:1.0 has packaging 'ear', which no image layout fits (the"
                + " layouts are class-path, jar, quarkus, spring-boot-layers, war). Set <layout> to the one that runs the"
                + " application, give your own <dockerfile>, run the goal in the module that builds the application,"
                + " or set <skip>true</skip> here.", message);
    }

    @Test
    void choose_packagingMakingAJar_jarLayout() throws ConfigurationException {
        assertEquals(new JarLayout(), choose(project("bundle"), wishes(null, null)));
    }

    @Test
    void choose_ownDockerfile_anyPackaging() throws ConfigurationException {
        assertEquals(new JarLayout(), choose(project("ear"), wishes(null, null, false, null, true)));
    }

    @Test
    void choose_badNamesAndCombinations_sayWhatToChange() {
        assertEquals("<layout> 'fat' is not a layout: use one of class-path, jar, quarkus, spring-boot-layers, war, or leave"
                        + " it out to have it chosen from the project.",
                assertThrows(ConfigurationException.class, () -> choose(project("jar"), wishes("fat", null)))
                        .getMessage());
        assertEquals("<layout> class-path runs a main class, but com.acme:app:jar:1.0 names none: set <mainClass>, or"
                        + " maven-jar-plugin's <archive><manifest><mainClass>.",
                assertThrows(ConfigurationException.class, () -> choose(project("jar"), wishes("class-path", null)))
                        .getMessage());
        assertEquals("<layout> war deploys the web application maven-war-plugin builds, but com.acme:app:jar:1.0 has"
                        + " packaging 'jar'. Remove <layout>, or run the goal in the module with packaging 'war'.",
                assertThrows(ConfigurationException.class, () -> choose(project("jar"), wishes("war", null)))
                        .getMessage());
    }
}
