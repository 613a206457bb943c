package io.github.offlinedocker.mojo;

import io.github.offlinedocker.image.ImagePusher;
import io.github.offlinedocker.image.ImageResult;
import java.io.File;
import io.github.offlinedocker.project.ProjectFacts;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Pushes the image's tags to their registries. The login for a registry is the settings.xml {@code <server>}
 * whose {@code <id>} is the registry host (e.g. {@code registry.example.com:5000}), its password decrypted by
 * Maven; without one, what Docker's configuration keeps for it ({@code docker login}: the credential helper of
 * {@code credHelpers} or {@code credsStore}, else {@code auths}).
 *
 * @since 0.1.0
 */
@Mojo(name = "push", defaultPhase = LifecyclePhase.DEPLOY, threadSafe = true)
public final class PushMojo extends AbstractMojo {

    /**
     * The tags to push. Default: {@code <artifactId>:<version>} and {@code <artifactId>:latest}, as built.
     *
     * @since 0.1.0
     */
    @Parameter(property = "offline-docker.tags")
    List<String> tags;

    /**
     * The Docker engine's address; see the {@code build} goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "offline-docker.dockerHost")
    String dockerHost;

    /**
     * Skips the goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = GoalRun.SKIP, defaultValue = "false")
    boolean skip;

    /**
     * Skips the push alone, as {@code -Doffline-docker.skipPush} on a build that binds {@code build} and
     * {@code push}: the image is still built.
     *
     * @since 0.1.0
     */
    @Parameter(property = GoalRun.SKIP_PUSH, defaultValue = "false")
    boolean skipPush;

    /**
     * Where the image's id, the pushed tags and each one's digest are written as JSON once the push succeeds
     * (removed when it starts); the {@code build} goal writes the same file.
     *
     * @since 0.1.0
     */
    @Parameter(property = "offline-docker.imageResult",
            defaultValue = "${project.build.directory}/offline-docker-image.json")
    File imageResult;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    private final SettingsDecrypter decrypter;

    @Inject
    public PushMojo(SettingsDecrypter decrypter) {
        this.decrypter = decrypter;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        GoalRun.run(getLog(), skip ? GoalRun.SKIP : skipPush ? GoalRun.SKIP_PUSH : null, () -> {
            List<String> pushed = tags == null || tags.isEmpty() ? new ProjectFacts(project).defaultTags() : tags;
            ImageResult.remove(imageResult.toPath());
            new ImagePusher().push(pushed, dockerHost, SettingsLogins.registryLogins(session.getSettings(), decrypter),
                    line -> getLog().info(line)).write(imageResult.toPath());
        });
    }
}
