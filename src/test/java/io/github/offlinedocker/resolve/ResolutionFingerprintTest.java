package io.github.offlinedocker.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Model;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResolutionFingerprintTest {

    @TempDir
    Path root;

    private MavenProject project(String dependencyVersion) {
        Model model = new Model();
        model.setGroupId("com.acme");
        model.setArtifactId("app");
        model.setVersion("1.0");
        Dependency dependency = new Dependency();
        dependency.setGroupId("com.acme");
        dependency.setArtifactId("lib");
        dependency.setVersion(dependencyVersion);
        model.addDependency(dependency);
        MavenProject project = new MavenProject(model);
        project.setFile(root.resolve("pom.xml").toFile());
        return project;
    }

    private String fingerprint(List<String> facts, String dependencyVersion) throws IOException {
        return ResolutionFingerprint.of(facts, root, List.of(project(dependencyVersion)));
    }

    @Test
    void of_sameInputs_sameFingerprint() throws IOException {
        assertEquals(fingerprint(List.of("maven 3.8.7", "package"), "1.0"),
                fingerprint(List.of("maven 3.8.7", "package"), "1.0"));
    }

    @Test
    void of_changedModel_otherFingerprint() throws IOException {
        assertNotEquals(fingerprint(List.of("package"), "1.0"), fingerprint(List.of("package"), "1.1"));
    }

    @Test
    void of_changedFacts_otherFingerprint() throws IOException {
        assertNotEquals(fingerprint(List.of("maven 3.8.7", "package"), "1.0"),
                fingerprint(List.of("maven 3.9.16", "package"), "1.0"));
        // Values are length-prefixed: moving a boundary between two facts changes the fingerprint.
        assertNotEquals(fingerprint(List.of("ab", "c"), "1.0"), fingerprint(List.of("a", "bc"), "1.0"));
    }

    @Test
    void of_changedCoreExtensions_otherFingerprint() throws IOException {
        String without = fingerprint(List.of("package"), "1.0");
        Files.createDirectories(root.resolve(".mvn"));
        Files.writeString(root.resolve(CoreExtensions.FILE), "<extensions/>");
        assertNotEquals(without, fingerprint(List.of("package"), "1.0"));
    }
}
