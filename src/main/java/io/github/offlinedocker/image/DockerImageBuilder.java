package io.github.offlinedocker.image;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.BuildImageResultCallback;
import com.github.dockerjava.api.model.BuildResponseItem;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import io.github.offlinedocker.ConfigurationException;
import io.github.offlinedocker.EnvironmentException;
import io.github.offlinedocker.OfflineDockerException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashSet;
import java.util.function.Consumer;

/**
 * Builds an image through the Docker API with network mode {@code none}: the builder stage sees only the
 * loopback interface, so it can use nothing but what the context holds.
 */
public final class DockerImageBuilder {

    /**
     * Builds {@code request}'s context and returns the image id. Every line of the engine's output goes to
     * {@code output}. Tags are set by the engine only when the build succeeds, so a failure moves none.
     */
    public String build(ImageBuildRequest request, Consumer<String> output) throws OfflineDockerException {
        DockerClientConfig config = clientConfig(request.dockerHost());
        try (DockerClient docker = connect(config)) {
            BuildOutput lines = new BuildOutput(output);
            StreamingCallback callback;
            try (InputStream context = Files.newInputStream(request.contextTar())) {
                callback = docker.buildImageCmd(context)
                        .withNetworkMode("none")
                        .withTags(new HashSet<>(request.tags()))
                        .withPull(false)
                        .withNoCache(request.noCache())
                        // docker-java sends rm=false unless told; forcerm also removes the containers of failed steps.
                        .withRemove(true)
                        .withForcerm(true)
                        .exec(new StreamingCallback(lines));
                callback.awaitCompletion();
            }
            lines.flush();
            if (callback.error != null) {
                throw new ConfigurationException("The image build failed at '" + lines.step() + "': "
                        + callback.error + "\nLast lines of its output:\n  "
                        + String.join("\n  ", lines.lastLines()));
            }
            return callback.awaitImageId();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EnvironmentException("Interrupted while the image was building", e);
        } catch (RuntimeException e) {
            throw new EnvironmentException("The Docker engine at " + config.getDockerHost()
                    + " failed the build: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new EnvironmentException("Could not send the build context " + request.contextTar()
                    + " to the Docker engine at " + config.getDockerHost() + ": " + e.getMessage(), e);
        }
    }

    private static DockerClientConfig clientConfig(String dockerHost) {
        DefaultDockerClientConfig.Builder config = DefaultDockerClientConfig.createDefaultConfigBuilder();
        if (dockerHost != null && !dockerHost.isBlank()) {
            config.withDockerHost(dockerHost);
        }
        return config.build();
    }

    /** A client whose engine has answered a ping, or an error that says what was tried and how to fix it. */
    private static DockerClient connect(DockerClientConfig config) throws EnvironmentException {
        ApacheDockerHttpClient http = new ApacheDockerHttpClient.Builder()
                .dockerHost(config.getDockerHost())
                .sslConfig(config.getSSLConfig())
                .connectionTimeout(Duration.ofSeconds(10))
                .build();
        DockerClient docker = DockerClientImpl.getInstance(config, http);
        try {
            docker.pingCmd().exec();
            return docker;
        } catch (RuntimeException e) {
            closeQuietly(docker);
            throw new EnvironmentException("No Docker engine answers at " + config.getDockerHost() + " ("
                    + e.getMessage() + "). Start the engine, or point DOCKER_HOST or <dockerHost>"
                    + " (-Doffline-docker.dockerHost) at one that runs.", e);
        }
    }

    private static void closeQuietly(DockerClient docker) {
        try {
            docker.close();
        } catch (IOException e) {
            // The ping already failed; that is the error worth reporting.
        }
    }

    private static final class StreamingCallback extends BuildImageResultCallback {
        private final BuildOutput lines;
        private volatile String error;

        StreamingCallback(BuildOutput lines) {
            this.lines = lines;
        }

        @Override
        public void onNext(BuildResponseItem item) {
            if (item.getStream() != null) {
                lines.accept(item.getStream());
            }
            if (item.isErrorIndicated()) {
                error = item.getErrorDetail() != null && item.getErrorDetail().getMessage() != null
                        ? item.getErrorDetail().getMessage()
                        : item.getError();
            }
            super.onNext(item);
        }
    }
}
