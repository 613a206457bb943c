package io.github.offlinedocker.image;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import io.github.offlinedocker.EnvironmentException;
import java.io.IOException;
import java.time.Duration;

/**
 * A connection to a Docker engine that has answered a ping. The address is {@code dockerHost} when given, else
 * what docker-java reads from the environment: {@code DOCKER_HOST}, {@code DOCKER_TLS_VERIFY} and
 * {@code DOCKER_CERT_PATH}, the current Docker context, then the platform's default socket.
 */
final class DockerEngine implements AutoCloseable {

    private final DockerClientConfig config;
    private final DockerClient client;

    private DockerEngine(DockerClientConfig config, DockerClient client) {
        this.config = config;
        this.client = client;
    }

    /** Connects, or fails saying what was tried and how to fix it. */
    static DockerEngine connect(String dockerHost) throws EnvironmentException {
        DefaultDockerClientConfig.Builder builder = DefaultDockerClientConfig.createDefaultConfigBuilder();
        if (dockerHost != null && !dockerHost.isBlank()) {
            builder.withDockerHost(dockerHost);
        }
        DockerClientConfig config = builder.build();
        ApacheDockerHttpClient http = new ApacheDockerHttpClient.Builder()
                .dockerHost(config.getDockerHost())
                .sslConfig(config.getSSLConfig())
                .connectionTimeout(Duration.ofSeconds(10))
                .build();
        DockerClient client = DockerClientImpl.getInstance(config, http);
        try {
            client.pingCmd().exec();
            return new DockerEngine(config, client);
        } catch (RuntimeException e) {
            try {
                client.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw new EnvironmentException("No Docker engine answers at " + config.getDockerHost() + " ("
                    + e.getMessage() + "). Start the engine, or point DOCKER_HOST or <dockerHost>"
                    + " (-Doffline-docker.dockerHost) at one that runs.", e);
        }
    }

    DockerClient client() {
        return client;
    }

    DockerClientConfig config() {
        return config;
    }

    /** The engine's address, for messages. */
    String host() {
        return config.getDockerHost().toString();
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
