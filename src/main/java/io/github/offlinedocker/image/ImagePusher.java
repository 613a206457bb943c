package io.github.offlinedocker.image;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.AuthConfig;
import com.github.dockerjava.api.model.PushResponseItem;
import io.github.offlinedocker.ConfigurationException;
import io.github.offlinedocker.EnvironmentException;
import io.github.offlinedocker.OfflineDockerException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes tags to their registries through the Docker API. The login for a registry comes from
 * {@code credentials} (the plugin passes settings.xml's {@code <server>} whose id is the registry), else from
 * the user's Docker configuration ({@code ~/.docker/config.json}), else the push goes without one.
 */
public final class ImagePusher {

    private static final Logger LOG = LoggerFactory.getLogger(ImagePusher.class);

    /**
     * Pushes every tag and returns each one's digest, as the registry reported it. Progress goes to {@code output}.
     *
     * @param credentials logins by registry host ({@code registry.example.com:5000}); a registry without one
     *                    uses the user's Docker configuration
     */
    public Map<String, String> push(List<String> tags, String dockerHost, Map<String, RegistryCredentials> credentials,
            Consumer<String> output)
            throws OfflineDockerException {
        for (String tag : tags) {
            ImageReferences.checkTag("tags", tag);
        }
        Map<String, String> digests = new LinkedHashMap<>();
        try (DockerEngine engine = DockerEngine.connect(dockerHost)) {
            for (String tag : tags) {
                ImageName name = ImageName.parse(tag);
                Optional<RegistryCredentials> login = Optional.ofNullable(credentials.get(name.registry()));
                AuthConfig auth = login
                        .map(c -> new AuthConfig().withUsername(c.username()).withPassword(c.password())
                                .withRegistryAddress(name.registry()))
                        .orElseGet(() -> engine.config().effectiveAuthConfig(tag));
                LOG.info("Pushing {} to {}{}", tag, name.registry(),
                        login.isPresent() ? " as " + login.get().username() + " (settings.xml)" : "");
                PushCallback callback = engine.client().pushImageCmd(name.repository())
                        .withTag(name.tag())
                        .withAuthConfig(auth)
                        .exec(new PushCallback(output));
                callback.awaitCompletion();
                if (callback.error != null) {
                    throw new ConfigurationException("Pushing " + tag + " to " + name.registry() + " failed: "
                            + callback.error + hint(callback.error, name.registry(), login.isPresent()));
                }
                if (callback.digest == null) {
                    throw new EnvironmentException("The registry " + name.registry() + " reported no digest for "
                            + tag + "; the push may not have completed.", null);
                }
                LOG.info("Pushed {}@{}", name.repository(), callback.digest);
                digests.put(tag, callback.digest);
            }
            return digests;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EnvironmentException("Interrupted while pushing " + tags, e);
        } catch (IOException e) {
            throw new EnvironmentException("Could not close the connection to the Docker engine: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new EnvironmentException("The Docker engine failed to push " + tags + ": " + e.getMessage(), e);
        }
    }

    /** The registry host a tag is pushed to: {@code docker.io} when the tag names none. */
    public static String registryOf(String tag) {
        return ImageName.parse(tag).registry();
    }

    private static String hint(String error, String registry, boolean hadLogin) {
        String lower = error.toLowerCase(Locale.ROOT);
        if (lower.contains("unauthorized") || lower.contains("auth") || lower.contains("denied")
                || lower.contains("credentials")) {
            return hadLogin
                    ? ". Check the <username> and <password> of the <server> with <id>" + registry + "</id> in settings.xml."
                    : ". Add a <server> with <id>" + registry + "</id> and the registry's <username> and <password> to"
                            + " settings.xml, or log in with 'docker login " + registry + "'.";
        }
        if (lower.contains("does not exist") || lower.contains("no such image")) {
            return ". Build the image first (offline-docker:build), or name a tag that exists.";
        }
        return "";
    }

    private static final class PushCallback extends ResultCallback.Adapter<PushResponseItem> {
        private final Consumer<String> output;
        private volatile String error;
        private volatile String digest;

        PushCallback(Consumer<String> output) {
            this.output = output;
        }

        @Override
        public void onNext(PushResponseItem item) {
            if (item.isErrorIndicated()) {
                error = item.getErrorDetail() != null && item.getErrorDetail().getMessage() != null
                        ? item.getErrorDetail().getMessage()
                        : item.getError();
            } else if (item.getAux() != null && item.getAux().getDigest() != null) {
                digest = item.getAux().getDigest();
            } else if (item.getStatus() != null && item.getProgressDetail() == null) {
                // Per-layer progress ticks are noise; the layer's final status lines are not.
                output.accept((item.getId() != null ? item.getId() + ": " : "") + item.getStatus());
            }
        }
    }
}
