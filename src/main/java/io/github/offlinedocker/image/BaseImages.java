package io.github.offlinedocker.image;

import io.github.offlinedocker.ConfigurationException;
import io.github.offlinedocker.EnvironmentException;
import io.github.offlinedocker.OfflineDockerException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The base images a build starts from, pulled by the plugin, not by the engine's build, so that each gets the
 * login {@link RegistryLogins} finds for its registry: the engine's build knows only its own logins, and a
 * private base image would fail the {@code FROM} step.
 */
final class BaseImages {

    private static final Logger LOG = LoggerFactory.getLogger(BaseImages.class);

    private static final Pattern FROM = Pattern.compile(
            "^\\s*FROM\\s+(?:--platform=\\S+\\s+)?(\\S+)(?:\\s+AS\\s+(\\S+))?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

    private BaseImages() {}

    /**
     * The images the {@code FROM} lines of {@code dockerfile} name up to the stage {@code target} ({@code null}:
     * every stage), which the engine builds, but earlier stages, {@code scratch} and names made of {@code ARG}s,
     * which the engine resolves itself. A later stage's base is not needed, and may not even be reachable from
     * the machine that builds only the builder stage.
     */
    static List<String> of(String dockerfile, String target) {
        Set<String> stages = new HashSet<>();
        Set<String> images = new LinkedHashSet<>();
        Matcher from = FROM.matcher(dockerfile);
        while (from.find()) {
            String image = from.group(1);
            if (!stages.contains(image.toLowerCase(Locale.ROOT)) && !image.equalsIgnoreCase("scratch")
                    && !image.contains("$")) {
                images.add(image);
            }
            String stage = from.group(2);
            if (stage != null) {
                if (stage.equalsIgnoreCase(target)) {
                    break;
                }
                stages.add(stage.toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(images);
    }

    /**
     * Pulls each of {@code images} the engine lacks, or every one when {@code refresh}, for {@code platform}
     * ({@code null}: the engine's); the engine's progress goes to {@code output}. An image the engine lacks that
     * one of {@code archives} holds is loaded from it instead.
     */
    static void pull(DockerEngine engine, List<String> images, boolean refresh, String platform,
            RegistryLogins logins, ImageArchives archives, Consumer<String> output) throws OfflineDockerException {
        for (String image : images) {
            boolean present = engine.imageId(image).isPresent();
            Optional<Path> archive = present ? Optional.empty() : archives.holding(image);
            if (archive.isPresent()) {
                LOG.info("Loading the base image {} from {}", image, archive.get());
                ImageArchives.load(engine, archive.get());
                if (engine.imageId(image).isEmpty()) {
                    throw new ConfigurationException("<baseImageArchives> " + archive.get() + " names " + image
                            + " in its manifest.json, but the Docker engine at " + engine.host() + " has no such"
                            + " image after loading it. Write it again with 'docker save -o " + archive.get() + " "
                            + image + "'.");
                }
            } else if (refresh || !present) {
                pull(engine, image, present, platform, logins, output);
            }
        }
    }

    /**
     * Pulls {@code image}; a failure is the user's to fix when the engine lacks the image (the name, the login),
     * the environment's when only a newer version could not be fetched.
     */
    private static void pull(DockerEngine engine, String image, boolean present, String platform,
            RegistryLogins logins, Consumer<String> output) throws OfflineDockerException {
        ImageName name = ImageName.parse(image);
        Optional<RegistryCredentials> login = logins.find(name.registry());
        LOG.info("Pulling the base image {} from {}{}", image, name.registry(),
                login.map(l -> " as " + l.describe()).orElse(""));
        String error = engine.pull(image, platform, logins, output);
        if (error == null) {
            return;
        }
        String what = "The base image '" + image + "' could not be pulled from " + name.registry()
                + " into the Docker engine at " + engine.host() + ": " + error + ". ";
        String another = " Or name another one with <builderImage> or <runtimeImage>.";
        String fix = EngineFailures.registryFix(error, name.registry(), login);
        if (fix != null) {
            throw new ConfigurationException(what + fix + another);
        }
        if (DockerEngine.missingImage(error)) {
            throw new ConfigurationException(what + "Check its name, or pull or build it into the engine first."
                    + another);
        }
        String reach = what + "Check that the engine reaches " + name.registry() + ", or pull or build the image"
                + " into the engine first." + another;
        throw present ? new EnvironmentException(reach) : new ConfigurationException(reach);
    }
}
