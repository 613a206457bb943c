package io.github.offlinedocker.mojo;

import io.github.offlinedocker.OfflineDockerException;
import io.github.offlinedocker.image.ContextRequest;
import io.github.offlinedocker.image.OfflineImageBuilder;
import io.github.offlinedocker.resolve.BuilderModels;
import io.github.offlinedocker.resolve.ClosureResolver;
import io.github.offlinedocker.resolve.OfflineRepositoryBuilder;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.rtinfo.RuntimeInformation;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Resolves the offline repository and writes the Dockerfile and build context without building them, so the
 * same hermetic build runs on any builder: {@code docker build --network none target/offline-docker}, buildx,
 * kaniko, a remote BuildKit or a CI service.
 *
 * @since 0.1.0
 */
@Mojo(name = "context", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class ContextMojo extends AbstractImageMojo {

    @Inject
    public ContextMojo(OfflineRepositoryBuilder repositories, BuilderModels builderModels,
            ClosureResolver closureResolver, RuntimeInformation runtime, SettingsDecrypter decrypter) {
        super(repositories, builderModels, closureResolver, runtime, decrypter);
    }

    @Override
    void run() throws OfflineDockerException {
        Optional<ContextRequest> context = contextRequest();
        if (context.isEmpty()) {
            return;
        }
        ContextRequest request = context.get();
        new OfflineImageBuilder().writeContext(request);
        getLog().info("Wrote the build context " + request.contextDirectory() + " (and its tar "
                + request.contextTar().getFileName() + "); build it with: docker build --network none "
                + request.contextDirectory());
    }
}
