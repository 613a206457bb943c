package io.github.offlinedocker.project;

import static io.github.offlinedocker.XmlElements.element;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfiguredFilesTest {

    @TempDir
    Path root;

    @Test
    void of_filesNamedOutsideSrc_carriedButNeverPrivateOrBuildOutput() throws IOException {
        Path module = Files.createDirectories(root.resolve("shrinker"));
        for (String file : List.of("shrinker/common.pro", "shrinker/unrelated.pro", "checkstyle.xml", "shrinker/src/main/rules.txt",
                "shrinker/target/generated.pro", ".git/config", "settings.xml", "shrinker/settings.xml", ".env.local", ".mvn/maven.config")) {
            Files.createDirectories(root.resolve(file).getParent());
            Files.writeString(root.resolve(file), "x");
        }
        // A rules file that includes a sibling, and names settings.xml, which stays out all the same.
        Files.writeString(module.resolve("r8.pro"), "-include common.pro\n# not settings.xml\n");
        Plugin exec = new Plugin();
        exec.setArtifactId("exec-maven-plugin");
        PluginExecution r8 = new PluginExecution();
        r8.setConfiguration(element("configuration", null, element("arguments", null,
                element("argument", "--pg-conf"), element("argument", module.resolve("r8.pro").toString()),
                element("argument", "src/main/rules.txt"), element("argument", "target/generated.pro"))));
        exec.addExecution(r8);
        Plugin checkstyle = new Plugin();
        checkstyle.setArtifactId("maven-checkstyle-plugin");
        checkstyle.setConfiguration(element("configuration", null,
                element("configLocation", "../checkstyle.xml"), element("dotGit", "../.git/config"),
                element("settings", "../settings.xml"), element("env", "../.env.local"),
                element("config", "../.mvn/maven.config"), element("basedir", ".."), element("encoding", "UTF-8"),
                element("unresolved", "${missing}/x")));
        MavenProject project = project(module, exec, checkstyle);

        Set<Path> files = ConfiguredFiles.of(project, root, List.of(root, module), List.of(module.resolve("target")));

        assertEquals(Set.of(module.resolve("r8.pro"), root.resolve("checkstyle.xml"), module.resolve("common.pro")),
                files);
    }

    @Test
    void of_noConfiguration_none() {
        Plugin plain = new Plugin();
        plain.setArtifactId("maven-jar-plugin");
        assertEquals(Set.of(), ConfiguredFiles.of(project(root, plain), root, List.of(root), List.of()));
    }

    private static MavenProject project(Path basedir, Plugin... plugins) {
        Model model = new Model();
        model.setGroupId("com.acme");
        model.setArtifactId(basedir.getFileName().toString());
        model.setVersion("1.0");
        Build build = new Build();
        build.setDirectory(basedir.resolve("target").toString());
        for (Plugin plugin : plugins) {
            build.addPlugin(plugin);
        }
        model.setBuild(build);
        MavenProject project = new MavenProject(model);
        project.setFile(basedir.resolve("pom.xml").toFile());
        return project;
    }
}
