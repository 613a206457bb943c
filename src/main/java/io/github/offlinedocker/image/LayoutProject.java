package io.github.offlinedocker.image;

import io.github.offlinedocker.ConfigurationException;
import java.util.Optional;

/**
 * What a layout reads of the project and of the user's settings to know whether the project calls for it and to
 * make it. Paths are relative to the builder's workspace.
 */
public interface LayoutProject {

    /** The project's id, e.g. {@code com.acme:shop:war:1.0}, for messages. */
    String id();

    /** The project's packaging, e.g. {@code jar} or {@code war}. */
    String packaging();

    /**
     * Whether the image runs the project's artifact as a jar: its packaging makes a jar (as Maven's artifact
     * handler says: {@code bundle} and {@code maven-plugin} do), or the user's own Dockerfile builds the image,
     * which then fits any packaging.
     */
    boolean runsAsJar();

    /** The {@code mainClass} parameter, else the Main-Class maven-jar-plugin writes into the manifest. */
    Optional<String> mainClass();

    /** The {@code springBootLayers} parameter. */
    boolean springBootLayers();

    /**
     * The version of spring-boot-maven-plugin, whose fat jar has Spring Boot's default layers; fails, naming
     * {@code element} (the setting that asked for the layers), when the project has no such jar.
     */
    String springBootLayeredJarPlugin(String element) throws ConfigurationException;

    /** The {@code warDeployment} parameter, if given. */
    Optional<String> warDeployment();

    /** The exploded web application maven-war-plugin writes before it packs the war. */
    String warWebappDirectory();

    /** Whether a plugin with {@code artifactId}, of whichever group, runs {@code goal} in one of its executions. */
    boolean runsGoal(String artifactId, String goal);

    /**
     * The first of the settings {@code keys} that is set: as a POM property, else in the properties file
     * {@code fileName} of the project's resource folders, where frameworks keep their build-time settings.
     */
    Optional<String> setting(String fileName, String... keys);

    /** A file or folder in the project's build directory ({@code target/}). */
    String buildFile(String name);

    /** The project's {@code finalName}, which names what its build writes. */
    String finalName();
}
