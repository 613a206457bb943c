package io.github.offlinedocker.mojo;

import io.github.offlinedocker.image.ImagePusher;
import io.github.offlinedocker.project.ProjectFacts;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Pushes the image's tags to their registries. The login for a registry is the settings.xml {@code <server>}
 * whose {@code <id>} is the registry host (e.g. {@code registry.example.com:5000}), its password decrypted by
 * Maven; without one, the user's Docker configuration ({@code docker login}).
 *
 * @since 0.2.0
 */
@Mojo(name = "push", threadSafe = true)
public final class PushMojo extends AbstractMojo {

    /**
     * The tags to push. Default: {@code <artifactId>:<version>} and {@code <artifactId>:latest}, as built.
     *
     * @since 0.2.0
     */
    @Parameter(property = "offline-docker.tags")
    List<String> tags;

    /**
     * The Docker engine's address; see the {@code build} goal.
     *
     * @since 0.2.0
     */
    @Parameter(property = "offline-docker.dockerHost")
    String dockerHost;

    /**
     * Skips the goal.
     *
     * @since 0.2.0
     */
    @Parameter(property = "offline-docker.skip", defaultValue = "false")
    boolean skip;

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
        GoalRun.run(getLog(), skip, () -> {
            List<String> pushed = tags == null || tags.isEmpty() ? new ProjectFacts(project).defaultTags() : tags;
            new ImagePusher().push(pushed, dockerHost,
                    RegistryLogins.forTags(pushed, session.getSettings(), decrypter), line -> getLog().info(line));
        });
    }
}
