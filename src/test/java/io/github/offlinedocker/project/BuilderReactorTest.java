package io.github.offlinedocker.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.offlinedocker.ConfigurationException;
import java.io.File;
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
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

class BuilderReactorTest {

    private static final Path ROOT = Path.of("/work/shop").toAbsolutePath();

    private final MavenProject root = project("shop", "", null);
    private final MavenProject lib = project("lib", "lib", null);
    private final MavenProject app = project("app", "services/app", "lib");
    private final MavenProject other = project("other", "other", null);
    private final List<MavenProject> all = List.of(root, lib, app, other);

    private static MavenProject project(String artifactId, String directory, String dependsOn) {
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
        Path basedir = ROOT.resolve(directory);
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
        BuilderReactor reactor = new BuilderReactor(ROOT, app, all, HostOptions.NONE);
        assertEquals(List.of(root, lib, app), reactor.builtProjects());
        assertEquals(all, reactor.allProjects());
    }

    @Test
    void builderGoals_moduleBelowRoot_selectsItWithUpstream() throws ConfigurationException {
        assertEquals(List.of("-pl", "services/app", "-am", "package"),
                new BuilderReactor(ROOT, app, all, HostOptions.NONE).builderGoals(List.of("package")));
    }

    @Test
    void builderGoals_hostOptions_beforeTheSelection() throws ConfigurationException {
        HostOptions options = new HostOptions(List.of("prod"), List.of(), new TreeMap<>(Map.of("revision", "2.1.0")),
                Set.of());
        BuilderReactor reactor = new BuilderReactor(ROOT, app, all, options);

        assertEquals(List.of("-Pprod", "-Drevision=2.1.0", "-pl", "services/app", "-am", "package"),
                reactor.builderGoals(List.of("package")));
        assertEquals(List.of("-pl", "services/app", "-am", "package"), reactor.moduleGoals(List.of("package")));
    }

    @Test
    void builderGoals_rootProject_goalsAlone() throws ConfigurationException {
        assertEquals(List.of("verify"), new BuilderReactor(ROOT, root, List.of(root), HostOptions.NONE).builderGoals(List.of("verify")));
    }

    @Test
    void contextEntries_everyPomButOnlyBuiltSources() throws ConfigurationException {
        assertEquals(List.of(".mvn/extensions.xml", ".mvn/jvm.config", "pom.xml", "lib/pom.xml", "services/app/pom.xml",
                        "other/pom.xml", "src", "lib/src", "services/app/src"),
                new BuilderReactor(ROOT, app, all, HostOptions.NONE).contextEntries());
    }

    @Test
    void moduleJar_reactorProject_pathRelativeToRoot() throws ConfigurationException {
        BuilderReactor reactor = new BuilderReactor(ROOT, app, all, HostOptions.NONE);
        assertEquals(Optional.of("lib/target/lib-1.0.jar"), reactor.moduleJar("com.acme", "lib", "1.0"));
        assertEquals(Optional.empty(), reactor.moduleJar("com.acme", "lib", "2.0"));
        assertEquals("services/app/target/app-1.0.jar", reactor.artifactPath());
        assertTrue(reactor.isModule("com.acme", "other", "1.0"));
        assertFalse(reactor.isModule("org.elsewhere", "lib", "1.0"));
    }

    @Test
    void rootPom_rootProjectsFile() throws ConfigurationException {
        assertEquals(ROOT.resolve("pom.xml"), new BuilderReactor(ROOT, app, all, HostOptions.NONE).rootPom());
    }

    @Test
    void constructor_projectOutsideRoot_namesItAndTheRoot() {
        MavenProject outside = project("outside", "../elsewhere", null);
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> new BuilderReactor(ROOT, app, List.of(root, app, outside), HostOptions.NONE));
        assertTrue(e.getMessage().contains("com.acme:outside:jar:1.0") && e.getMessage().contains(ROOT.toString()),
                e.getMessage());
    }
}
