package io.github.offlinedocker.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.offlinedocker.ConfigurationException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.maven.model.Build;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Model;
import org.apache.maven.model.Parent;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuilderReactorTest {

    private static final Path ROOT = Path.of("/work/shop").toAbsolutePath();

    private final MavenProject root = project("shop", "", null);
    private final MavenProject lib = project("lib", "lib", null);
    private final MavenProject app = project("app", "services/app", "lib");
    private final MavenProject other = project("other", "other", null);
    private final List<MavenProject> all = List.of(root, lib, app, other);

    private static MavenProject project(String artifactId, String directory, String dependsOn) {
        return project(ROOT, artifactId, directory, dependsOn);
    }

    private static MavenProject project(Path rootDirectory, String artifactId, String directory, String dependsOn) {
        Model model = new Model();
        model.setGroupId("com.acme");
        model.setArtifactId(artifactId);
        model.setVersion("1.0");
        if (!artifactId.equals("shop")) {
            Parent parent = new Parent();
            parent.setGroupId("com.acme");
            parent.setArtifactId("shop");
            parent.setVersion("1.0");
            model.setParent(parent);
        }
        if (dependsOn != null) {
            Dependency dependency = new Dependency();
            dependency.setGroupId("com.acme");
            dependency.setArtifactId(dependsOn);
            dependency.setVersion("1.0");
            model.addDependency(dependency);
        }
        Path basedir = rootDirectory.resolve(directory).normalize();
        Build build = new Build();
        build.setDirectory(basedir.resolve("target").toString());
        build.setFinalName(artifactId + "-1.0");
        model.setBuild(build);
        MavenProject project = new MavenProject(model);
        project.setFile(basedir.resolve("pom.xml").toFile());
        return project;
    }

    @Test
    void builtProjects_module_itselfParentAndReactorDependenciesInReactorOrder() throws ConfigurationException {
        BuilderReactor reactor = new BuilderReactor(ROOT, app, all, HostOptions.NONE, JvmConfig.NONE, List.of(), null);
        assertEquals(List.of(root, lib, app), reactor.builtProjects());
        assertEquals(all, reactor.allProjects());
    }

    @Test
    void builtProjects_reactorRoot_wholeReactor() throws ConfigurationException {
        root.getModel().setModules(List.of("lib", "services/app", "other"));
        BuilderReactor reactor = new BuilderReactor(ROOT, root, all, HostOptions.NONE, JvmConfig.NONE, List.of(), null);
        assertEquals(all, reactor.builtProjects());
        assertEquals(List.of("package"), reactor.moduleGoals(List.of("package")));
    }

    @Test
    void builderGoals_moduleBelowRoot_selectsItWithUpstream() throws ConfigurationException {
        assertEquals(List.of("-pl", "services/app", "-am", "package"),
                new BuilderReactor(ROOT, app, all, HostOptions.NONE, JvmConfig.NONE, List.of(), null)
                        .builderGoals(List.of("package")));
    }

    @Test
    void builderGoals_hostOptions_beforeTheSelection() throws ConfigurationException {
        HostOptions options = new HostOptions(List.of("prod"), List.of(), new TreeMap<>(Map.of("revision", "2.1.0")),
                Set.of());
        BuilderReactor reactor = new BuilderReactor(ROOT, app, all, options, JvmConfig.NONE, List.of(), null);

        assertEquals(List.of("-Pprod", "-Drevision=2.1.0", "-pl", "services/app", "-am", "package"),
                reactor.builderGoals(List.of("package")));
        assertEquals(List.of("-pl", "services/app", "-am", "package"), reactor.moduleGoals(List.of("package")));
    }

    @Test
    void builderGoals_rootProject_goalsAlone() throws ConfigurationException {
        BuilderReactor reactor = new BuilderReactor(ROOT, root, List.of(root), HostOptions.NONE, JvmConfig.NONE, List.of(), null);
        assertEquals(List.of("verify"), reactor.builderGoals(List.of("verify")));
    }

    @Test
    void contextEntries_everyPomButOnlyBuiltSources() throws ConfigurationException {
        assertEquals(List.of(".mvn/extensions.xml", ".mvn/jvm.config", "pom.xml", "lib/pom.xml", "services/app/pom.xml",
                        "other/pom.xml", "src", "lib/src", "services/app/src"),
                new BuilderReactor(ROOT, app, all, HostOptions.NONE, JvmConfig.NONE, List.of(), null).contextEntries());
    }

    @Test
    void moduleJar_reactorProject_pathRelativeToRoot() throws ConfigurationException {
        BuilderReactor reactor = new BuilderReactor(ROOT, app, all, HostOptions.NONE, JvmConfig.NONE, List.of(), null);
        assertEquals(Optional.of("lib/target/lib-1.0.jar"), reactor.moduleJar("com.acme", "lib", "1.0"));
        assertEquals(Optional.empty(), reactor.moduleJar("com.acme", "lib", "2.0"));
        assertEquals("services/app/target/app-1.0.jar", reactor.artifactPath());
        assertTrue(reactor.isModule("com.acme", "other", "1.0"));
        assertFalse(reactor.isModule("org.elsewhere", "lib", "1.0"));
    }

    @Test
    void rootPom_rootProjectsFile() throws ConfigurationException {
        assertEquals(ROOT.resolve("pom.xml"),
                new BuilderReactor(ROOT, app, all, HostOptions.NONE, JvmConfig.NONE, List.of(), null).rootPom());
    }

    @Test
    void constructor_projectOutsideRoot_namesItAndTheRoot() {
        MavenProject outside = project("outside", "../elsewhere", null);
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> new BuilderReactor(ROOT, app, List.of(root, app, outside), HostOptions.NONE, JvmConfig.NONE, List.of(), null));
        assertTrue(e.getMessage().contains("com.acme:outside:jar:1.0") && e.getMessage().contains(ROOT.toString()),
                e.getMessage());
    }

    @Test
    void contextEntries_declaredLocationsOutsideSrc_addedButNotGeneratedOrWholeProjects() throws ConfigurationException {
        Build build = app.getBuild();
        build.setSourceDirectory(ROOT.resolve("services/app/src/main/java").toString());
        build.setFilters(List.of(ROOT.resolve("services/app/filters/prod.properties").toString()));
        build.addResource(resource(ROOT.resolve("services/app/config")));
        build.addResource(resource(ROOT.resolve("shared/resources")));
        build.addResource(resource(ROOT.resolve("services/app/target/generated-resources")));
        build.addResource(resource(ROOT.resolve("services/app")));
        Resource license = resource(ROOT);
        license.setIncludes(List.of("LICENSE", "legal/NOTICE"));
        build.addResource(license);
        build.addTestResource(resource(ROOT.resolve("/elsewhere/fixtures")));

        BuilderReactor reactor = new BuilderReactor(ROOT, app, all, HostOptions.NONE, JvmConfig.NONE, List.of(), null);

        assertEquals(List.of(".mvn/extensions.xml", ".mvn/jvm.config", "pom.xml", "lib/pom.xml",
                        "services/app/pom.xml", "other/pom.xml", "src", "lib/src", "services/app/src",
                        "services/app/config", "shared/resources", "LICENSE", "legal/NOTICE",
                        "services/app/filters/prod.properties"),
                reactor.contextEntries());
        assertEquals(List.of("/elsewhere/fixtures", "services/app"),
                List.copyOf(reactor.leftOutDirectories().keySet()));
        assertTrue(reactor.leftOutDirectories().get("services/app").startsWith("a folder of com.acme:app:jar:1.0 that"
                + " holds a project's directory"), reactor.leftOutDirectories().toString());
        assertTrue(reactor.leftOutDirectories().get("/elsewhere/fixtures").startsWith("declared by com.acme:app:jar:1.0"
                + " outside the reactor's root " + ROOT), reactor.leftOutDirectories().toString());
    }

    @Test
    void contextEntries_includes_relativeToTheModuleInsideTheRoot(@TempDir Path temporary)
            throws IOException, ConfigurationException {
        MavenProject shop = project(temporary, "shop", "", null);
        MavenProject module = project(temporary, "app", "app", null);
        Files.createDirectories(temporary.resolve("app/config"));
        Files.writeString(temporary.resolve("lombok.config"), "lombok.addLombokGeneratedAnnotation = true\n");

        BuilderReactor reactor = new BuilderReactor(temporary, module, List.of(shop, module), HostOptions.NONE, JvmConfig.NONE,
                List.of("../lombok.config", "config"), null);

        assertTrue(reactor.contextEntries().containsAll(List.of("lombok.config", "app/config")),
                reactor.contextEntries().toString());
    }

    @Test
    void contextFiles_jvmConfigWithASecret_sendsTheCopyWithoutIt(@TempDir Path temporary) throws Exception {
        Path sent = reactorWithJvmConfig(temporary, "-Dsonar.password=x -Xmx1g").contextFiles().get(".mvn/jvm.config");

        assertEquals(temporary.resolve("target/offline-docker-jvm.config"), sent);
        assertEquals(" -Xmx1g", Files.readString(sent));
        assertEquals("-Dsonar.password=x -Xmx1g", Files.readString(temporary.resolve(".mvn/jvm.config")));
    }

    @Test
    void contextFiles_jvmConfigWithoutSecret_sendsTheFileAsWritten(@TempDir Path temporary) throws Exception {
        assertEquals(temporary.resolve(".mvn/jvm.config"),
                reactorWithJvmConfig(temporary, "-Xmx1g").contextFiles().get(".mvn/jvm.config"));
    }

    /** A one-project reactor in {@code root} whose {@code .mvn/jvm.config} holds {@code text}. */
    private static BuilderReactor reactorWithJvmConfig(Path root, String text) throws Exception {
        MavenProject module = project(root, "app", "", null);
        Files.createDirectories(root.resolve(".mvn"));
        Files.writeString(root.resolve(".mvn/jvm.config"), text);
        return new BuilderReactor(root, module, List.of(module), HostOptions.NONE,
                JvmConfig.read(root.resolve(".mvn/jvm.config")), List.of(), null);
    }

    @Test
    void constructor_badInclude_namesItAndTheFix(@TempDir Path temporary) {
        MavenProject module = project(temporary, "app", "", null);
        for (String include : List.of("missing.txt", "../outside", ".")) {
            ConfigurationException e = assertThrows(ConfigurationException.class, () -> new BuilderReactor(
                    temporary, module, List.of(module), HostOptions.NONE, JvmConfig.NONE, List.of(include), null));
            assertTrue(e.getMessage().startsWith("<contextIncludes> '" + include + "'"), e.getMessage());
        }
    }

    @Test
    void contextEntries_projectDirectoryResourceWithAPattern_leftOutWhole() throws ConfigurationException {
        Resource notes = resource(ROOT.resolve("services/app"));
        notes.setIncludes(List.of("LICENSE", "*.md"));
        app.getBuild().addResource(notes);

        BuilderReactor reactor = new BuilderReactor(ROOT, app, all, HostOptions.NONE, JvmConfig.NONE, List.of(), null);

        assertFalse(reactor.contextEntries().contains("services/app/LICENSE"), reactor.contextEntries().toString());
        assertEquals(List.of("services/app"), List.copyOf(reactor.leftOutDirectories().keySet()));
    }

    private static Resource resource(Path directory) {
        Resource resource = new Resource();
        resource.setDirectory(directory.toString());
        return resource;
    }

    @Test
    void extraDirectory_folderInTheRoot_inTheContextByItsWorkspacePath(@TempDir Path temporary)
            throws IOException, ConfigurationException {
        MavenProject module = project(temporary, "app", "", null);
        Path extra = Files.createDirectories(temporary.resolve("docker-root/opt"));
        Files.writeString(temporary.resolve("notes.txt"), "not a folder\n");

        BuilderReactor reactor = new BuilderReactor(temporary, module, List.of(module), HostOptions.NONE, JvmConfig.NONE, List.of(),
                extra.getParent());

        assertEquals("docker-root", reactor.extraDirectory());
        assertTrue(reactor.contextEntries().contains("docker-root"), reactor.contextEntries().toString());
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> new BuilderReactor(temporary,
                module, List.of(module), HostOptions.NONE, JvmConfig.NONE, List.of(), temporary.resolve("notes.txt")));
        assertTrue(e.getMessage().startsWith("<extraDirectory> '" + temporary.resolve("notes.txt") + "' names "),
                e.getMessage());
        assertTrue(e.getMessage().contains("which is not a folder"), e.getMessage());
    }
}
