package io.github.offlinedocker.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Properties;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.DependencyManagement;
import org.apache.maven.model.Model;
import org.apache.maven.model.Parent;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

class ModelLineageTest {

    private static MavenProject project(String artifactId, Parent parent, Dependency... imports) {
        Model model = new Model();
        model.setGroupId("com.acme");
        model.setArtifactId(artifactId);
        model.setVersion("2.0");
        model.setParent(parent);
        model.getProperties().setProperty("bom.version", "5.10.2");
        Model original = model.clone();
        DependencyManagement management = new DependencyManagement();
        for (Dependency dependency : imports) {
            management.addDependency(dependency);
        }
        original.setDependencyManagement(management);
        MavenProject project = new MavenProject(model);
        project.setOriginalModel(original);
        return project;
    }

    private static Parent parent(String groupId, String artifactId, String version) {
        Parent parent = new Parent();
        parent.setGroupId(groupId);
        parent.setArtifactId(artifactId);
        parent.setVersion(version);
        return parent;
    }

    private static Dependency imported(String groupId, String artifactId, String version) {
        Dependency dependency = new Dependency();
        dependency.setGroupId(groupId);
        dependency.setArtifactId(artifactId);
        dependency.setVersion(version);
        dependency.setType("pom");
        dependency.setScope("import");
        return dependency;
    }

    @Test
    void externalPoms_externalParentAndInterpolatedImport() {
        MavenProject project = project("app", parent("org.springframework.boot", "spring-boot-starter-parent", "3.4.5"),
                imported("org.junit", "junit-bom", "${bom.version}"));
        assertEquals(List.of("org.junit:junit-bom:pom:5.10.2", "org.springframework.boot:spring-boot-starter-parent:pom:3.4.5"),
                ModelLineage.externalPoms(project, List.of(project)));
    }

    @Test
    void externalPoms_reactorParentWalkedToFirstExternalOne() {
        MavenProject root = project("root", parent("org.acme", "corp-parent", "7"),
                imported("com.acme", "platform-bom", "${project.version}"));
        MavenProject module = project("module", parent("com.acme", "root", "2.0"));
        assertEquals(List.of("com.acme:platform-bom:pom:2.0", "org.acme:corp-parent:pom:7"),
                ModelLineage.externalPoms(module, List.of(root, module)));
    }

    @Test
    void interpolate_unknownPropertyLeftAsWritten() {
        MavenProject project = project("app", null);
        assertEquals("1-${nope}-2.0", ModelLineage.interpolate("1-${nope}-${project.version}", project, new Properties()));
    }
}
