package io.github.offlinedocker.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.File;
import java.time.Instant;
import java.util.Map;
import org.apache.maven.model.Model;
import org.apache.maven.model.Scm;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

class ImageLabelsTest {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

    @Test
    void of_projectOutsideGit_titleVersionCreatedSourceWithoutCredentials() {
        Model model = new Model();
        model.setGroupId("com.acme");
        model.setArtifactId("app");
        model.setVersion("1.2.3");
        Scm scm = new Scm();
        scm.setUrl("https://ci-bot:s3cr3t@git.example.com/acme/app");
        model.setScm(scm);
        model.getProperties().setProperty("project.build.outputTimestamp", "2024-01-02T03:04:05Z");
        MavenProject project = new MavenProject(model);
        project.setFile(new File("/nonexistent-offline-docker-test/app/pom.xml"));

        Map<String, String> labels = ImageLabels.of(project);

        assertEquals("app", labels.get("org.opencontainers.image.title"));
        assertEquals("1.2.3", labels.get("org.opencontainers.image.version"));
        assertEquals("2024-01-02T03:04:05Z", ImageLabels.created(project, NOW));
        assertFalse(labels.containsKey(ImageLabels.CREATED));
        assertEquals("https://git.example.com/acme/app", labels.get("org.opencontainers.image.source"));
        assertFalse(labels.containsKey("org.opencontainers.image.revision"));
    }

    @Test
    void created_epochSecondsOrUnsetOrDisabled() {
        assertEquals("2023-11-14T22:13:20Z", ImageLabels.created("1700000000", NOW));
        assertEquals(NOW.toString(), ImageLabels.created((String) null, NOW));
        assertEquals(NOW.toString(), ImageLabels.created("1", NOW));
    }

    @Test
    void withoutUserInfo_opaqueOrNotAUri_keepsOnlyWhatFollowsTheAt() {
        assertEquals("git.example.com:acme/app.git", ImageLabels.withoutUserInfo("user:pw@git.example.com:acme/app.git"));
        assertEquals("git.example.com/acme/app",
                ImageLabels.withoutUserInfo("scm:git:https://bot:token@git.example.com/acme/app"));
        assertEquals("https://git.example.com/acme/app", ImageLabels.withoutUserInfo("https://git.example.com/acme/app"));
        assertEquals("a b", ImageLabels.withoutUserInfo("x y@a b"));
    }
}
