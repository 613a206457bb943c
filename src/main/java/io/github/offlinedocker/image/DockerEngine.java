package io.github.offlinedocker.image;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.PullImageCmd;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Image;
import com.github.dockerjava.api.model.PullResponseItem;
import com.github.dockerjava.api.model.VersionComponent;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.core.LocalDirectorySSLConfig;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import io.github.offlinedocker.EnvironmentException;
import io.github.offlinedocker.OfflineDockerException;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A connection to a Docker engine that has answered a ping. The address is {@code dockerHost} when given, else
 * what docker-java reads from the environment: {@code DOCKER_HOST}, {@code DOCKER_TLS_VERIFY} and
 * {@code DOCKER_CERT_PATH}, the current Docker context, then the platform's default socket. The API version is
 * the engine's own unless {@code DOCKER_API_VERSION} names one, as for the docker CLI.
 */
final class DockerEngine implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DockerEngine.class);

    /** Podman's name for a build without network, which its Docker API reads where Docker's reads {@code none}. */
    static final String PODMAN_NO_NETWORK = "NetworkDisabled";

    private final DockerClientConfig config;
    private final DockerClient client;
    private String noNetworkMode;

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
        // The docker CLI's variable; docker-java itself only reads its own 'api.version'.
        String apiVersion = System.getenv("DOCKER_API_VERSION");
        if (apiVersion != null && !apiVersion.isBlank()) {
            builder.withApiVersion(apiVersion.trim());
        }
        DockerClientConfig config;
        DockerClient client;
        try {
            config = builder.build();
            client = DockerClientImpl.getInstance(config, new ApacheDockerHttpClient.Builder()
                    .dockerHost(config.getDockerHost())
                    .sslConfig(config.getSSLConfig())
                    .connectionTimeout(Duration.ofSeconds(10))
                    .build());
        } catch (RuntimeException e) {
            throw new EnvironmentException(EngineFailures.explainSettings(requestedCertPath(), e), e);
        }
        try {
            client.pingCmd().exec();
            return new DockerEngine(config, client);
        } catch (RuntimeException e) {
            try {
                client.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            String certPath = config.getSSLConfig() instanceof LocalDirectorySSLConfig tls
                    ? tls.getDockerCertPath()
                    : null;
            throw new EnvironmentException(EngineFailures.explainPing(config.getDockerHost().toString(), certPath,
                    config.getApiVersion().getVersion(), e), e);
        }
    }

    /** The certificate folder the environment asks for, as docker-java reads it, or {@code null} without TLS. */
    private static String requestedCertPath() {
        String verify = System.getenv("DOCKER_TLS_VERIFY");
        if (verify == null || !(verify.equals("1") || verify.equalsIgnoreCase("true"))) {
            return null;
        }
        String path = System.getenv("DOCKER_CERT_PATH");
        return path == null || path.isBlank() ? System.getProperty("user.home") + "/.docker" : path;
    }

    /**
     * Pulls {@code image} (a tag or a digest reference) for {@code platform} ({@code null}: the engine's) with
     * {@code logins}' login for its registry, its progress going to {@code output}; returns the engine's or the
     * registry's error, or {@code null} when the image was pulled.
     */
    String pull(String image, String platform, RegistryLogins logins, Consumer<String> output)
            throws OfflineDockerException {
        ImageName name = ImageName.parse(image);
        PullImageCmd command = client.pullImageCmd(name.repository())
                .withTag(name.tag())
                .withAuthConfig(logins.authConfig(name.registry()));
        if (platform != null) {
            command.withPlatform(platform);
        }
        EngineProgress<PullResponseItem> progress = new EngineProgress<>(output);
        try {
            command.exec(progress).awaitCompletion();
            return progress.error();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EnvironmentException("Interrupted while pulling " + image, e);
        } catch (RuntimeException e) {
            return String.valueOf(e.getMessage()).strip();
        }
    }

    /** Whether a pull's {@code error} says the registry has no such image (rather than refusing or failing). */
    static boolean missingImage(String error) {
        String lower = error.toLowerCase(Locale.ROOT);
        return lower.contains("not found") || lower.contains("manifest unknown") || lower.contains("does not exist");
    }

    /** The id of the image {@code reference} names on the engine, or empty when the engine has none. */
    Optional<String> imageId(String reference) throws EnvironmentException {
        try {
            return Optional.of(client.inspectImageCmd(reference).exec().getId());
        } catch (NotFoundException e) {
            return Optional.empty();
        } catch (RuntimeException e) {
            throw new EnvironmentException("The Docker engine at " + host() + " failed to inspect the image '"
                    + reference + "': " + e.getMessage(), e);
        }
    }

    /** The tags of the engine's images in {@code repository}, as {@code repository:tag}, newest image first. */
    List<String> tags(String repository) {
        return client.listImagesCmd().withReferenceFilter(repository).exec().stream()
                .sorted(Comparator.comparing(Image::getCreated, Comparator.nullsLast(Comparator.reverseOrder())))
                .flatMap(image -> image.getRepoTags() == null ? Stream.empty() : Arrays.stream(image.getRepoTags()))
                .filter(tag -> tag.startsWith(repository + ":"))
                .toList();
    }

    /**
     * Removes the tags of {@code repository} that {@code sameKind} accepts, but {@code current} and the newest
     * {@code kept} others. A failure is a warning: what is left is for {@code docker image prune}, and the build
     * itself succeeded.
     */
    void removeOlder(String repository, String current, Predicate<String> sameKind, int kept) {
        try {
            List<String> older = tags(repository).stream()
                    .filter(tag -> !tag.equals(current) && sameKind.test(tag))
                    .toList();
            for (String stale : older.subList(Math.min(kept, older.size()), older.size())) {
                removeTag(stale);
                LOG.debug("Removed the older image {}", stale);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not remove the older images of {}: {}", repository, e.getMessage());
        }
    }

    /** Removes the tag {@code reference}; the engine removes the image's layers that nothing else uses. */
    void removeTag(String reference) {
        client.removeImageCmd(reference).withNoPrune(false).exec();
    }

    /**
     * The build's network mode that leaves the builder only the loopback interface: {@code none} on Docker, and
     * {@link #PODMAN_NO_NETWORK} on Podman, whose Docker API does not know {@code none}: it takes it for its
     * default, and Podman 4.3 then runs the build's steps in the host's network.
     */
    String noNetworkMode() throws EnvironmentException {
        if (noNetworkMode == null) {
            try {
                List<VersionComponent> components = client.versionCmd().exec().getComponents();
                boolean podman = components != null && components.stream()
                        .anyMatch(component -> String.valueOf(component.getName()).startsWith("Podman"));
                noNetworkMode = podman ? PODMAN_NO_NETWORK : "none";
            } catch (RuntimeException e) {
                throw new EnvironmentException("The Docker engine at " + host() + " did not say which engine it is,"
                        + " which decides how its builds are kept off the network: " + e.getMessage(), e);
            }
        }
        return noNetworkMode;
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
