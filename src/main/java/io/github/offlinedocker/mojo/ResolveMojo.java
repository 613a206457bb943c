package io.github.offlinedocker.mojo;

import io.github.offlinedocker.OfflineDockerException;
import io.github.offlinedocker.resolve.BuilderModels;
import io.github.offlinedocker.resolve.OfflineRepositoryBuilder;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Resolves, with the host's settings and credentials, everything {@code mvn -o <goals>} needs into a repository
 * that offline Maven accepts with no settings at all.
 *
 * @since 0.1.0
 */
@Mojo(name = "resolve", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class ResolveMojo extends AbstractOfflineDockerMojo {

    @Inject
    public ResolveMojo(OfflineRepositoryBuilder repositories, BuilderModels builderModels) {
        super(repositories, builderModels);
    }

    @Override
    void run() throws OfflineDockerException {
        resolveOfflineRepository(builderReactor());
    }
}
