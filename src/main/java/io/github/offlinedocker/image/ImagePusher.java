package io.github.offlinedocker.image;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes tags to their registries through the Docker API, each with the login {@link RegistryLogins} finds for its
 * registry (settings.xml's {@code <server>} whose id is the registry, else Docker's configuration), else without.
 */
public final class ImagePusher {

    private static final Logger LOG = LoggerFactory.getLogger(ImagePusher.class);

    /**
     * Pushes every tag and returns the image with each tag's digest, as the registry reported it. Progress goes to
     * {@code output}.
     */
    public ImageResult push(List<String> tags, String dockerHost, RegistryLogins logins, Consumer<String> output)
            throws OfflineDockerException {
        for (String tag : tags) {
            ImageReferences.checkTag("tags", tag);
        }
        try (DockerEngine engine = DockerEngine.connect(dockerHost)) {
            return push(engine, tags, logins, output);
        } catch (IOException e) {
            throw new EnvironmentException("Could not close the connection to the Docker engine: " + e.getMessage(), e);
        }
    }

    /** {@link #push(List, String, RegistryLogins, Consumer)} on a connected engine. */
    ImageResult push(DockerEngine engine, List<String> tags, RegistryLogins logins, Consumer<String> output)
            throws OfflineDockerException {
        Map<String, String> digests = new LinkedHashMap<>();
        try {
            for (String tag : tags) {
                ImageName name = ImageName.parse(tag);
                Optional<RegistryCredentials> login = logins.find(name.registry());
                LOG.info("Pushing {} to {}{}", tag, name.registry(),
                        login.map(l -> " as " + l.describe()).orElse(""));
                PushCallback callback = engine.client().pushImageCmd(name.repository())
                        .withTag(name.tag())
                        .withAuthConfig(logins.authConfig(name.registry()))
                        .exec(new PushCallback(output));
                callback.awaitCompletion();
                if (callback.error() != null) {
                    throw new ConfigurationException("Pushing " + tag + " to " + name.registry() + " failed: "
                            + callback.error() + hint(callback.error(), name.registry(), login));
                }
                if (callback.digest == null) {
                    throw new EnvironmentException("The registry " + name.registry() + " reported no digest for "
                            + tag + "; the push may not have completed.", null);
                }
                LOG.info("Pushed {}@{}", name.repository(), callback.digest);
                digests.put(tag, callback.digest);
            }
            String imageId = engine.imageId(tags.get(0)).orElseThrow(() -> new ConfigurationException("The image "
                    + tags.get(0) + " was pushed but is gone from the engine; push it again."));
            return new ImageResult(imageId, tags, digests);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EnvironmentException("Interrupted while pushing " + tags, e);
        } catch (RuntimeException e) {
            throw new EnvironmentException("The Docker engine failed to push " + tags + ": " + e.getMessage(), e);
        }
    }

    private static String hint(String error, String registry, Optional<RegistryCredentials> login) {
        String fix = EngineFailures.registryFix(error, registry, login);
        if (fix != null) {
            return ". " + fix;
        }
        String lower = error.toLowerCase(Locale.ROOT);
        if (lower.contains("does not exist") || lower.contains("no such image")) {
            return ". Build the image first (offline-docker:build), or name a tag that exists.";
        }
        return "";
    }

    /** The push's progress, and the digest the registry gave the image. */
    private static final class PushCallback extends EngineProgress<PushResponseItem> {
        /** {@code <tag>: digest: sha256:<hex> size: <bytes>}, the status line of a finished push. */
        private static final Pattern DIGEST_STATUS = Pattern.compile("\\bdigest: (sha256:[0-9a-f]{64}) size: \\d+");

        private volatile String digest;

        PushCallback(Consumer<String> output) {
            super(output);
        }

        @Override
        public void onNext(PushResponseItem item) {
            if (!item.isErrorIndicated() && item.getAux() != null && item.getAux().getDigest() != null) {
                digest = item.getAux().getDigest();
                return;
            }
            super.onNext(item);
            // Podman's Docker API gives the digest only in the status line Docker prints beside its aux item.
            if (digest == null && item.getStatus() != null) {
                Matcher status = DIGEST_STATUS.matcher(item.getStatus());
                if (status.find()) {
                    digest = status.group(1);
                }
            }
        }
    }
}
