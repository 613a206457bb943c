package io.github.offlinedocker.image;

import io.github.offlinedocker.ConfigurationException;
import java.util.regex.Pattern;

/** Checks image names and tags against Docker's reference grammar before anything is sent to the engine. */
public final class ImageReferences {

    private static final String DOMAIN_PART = "(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)";
    private static final String DOMAIN = DOMAIN_PART + "(?:\\." + DOMAIN_PART + ")*(?::[0-9]+)?";
    private static final String COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
    private static final String NAME = "(?:" + DOMAIN + "/)?" + COMPONENT + "(?:/" + COMPONENT + ")*";
    private static final String TAG = "[\\w][\\w.-]{0,127}";
    private static final String DIGEST = "sha256:[a-f0-9]{64}";

    private static final Pattern REPOSITORY = Pattern.compile(NAME);
    private static final Pattern TAGGED_NAME = Pattern.compile(NAME + "(?::" + TAG + ")?");
    private static final Pattern IMAGE = Pattern.compile(NAME + "(?::" + TAG + ")?(?:@" + DIGEST + ")?");

    private ImageReferences() {}

    /** Fails unless {@code tag} is a name with an optional tag, such as {@code registry:5000/team/app:1.0}. */
    public static void checkTag(String element, String tag) throws ConfigurationException {
        if (tag == null || !TAGGED_NAME.matcher(tag).matches()) {
            throw new ConfigurationException("<" + element + "> '" + tag + "' is not a valid image tag: use"
                    + " [registry[:port]/]name[:tag] with a lowercase name, e.g. 'my-app:1.0'.");
        }
    }

    /** Fails unless {@code repository} is a name without a tag, such as {@code registry:5000/team/app-deps}. */
    public static void checkRepository(String element, String repository) throws ConfigurationException {
        if (repository == null || !REPOSITORY.matcher(repository).matches()) {
            throw new ConfigurationException("<" + element + "> '" + repository + "' is not an image repository:"
                    + " use [registry[:port]/]name without a tag, with a lowercase name, e.g."
                    + " 'registry.example.com/team/app-deps'; the plugin tags each image there by its digest.");
        }
    }

    /** Fails unless {@code image} is a name with an optional tag and digest, such as {@code eclipse-temurin:17}. */
    public static void checkImage(String element, String image) throws ConfigurationException {
        if (image == null || !IMAGE.matcher(image).matches()) {
            throw new ConfigurationException("<" + element + "> '" + image + "' is not a valid image reference: use"
                    + " [registry[:port]/]name[:tag][@sha256:digest], e.g. 'eclipse-temurin:17-jdk'.");
        }
    }
}
