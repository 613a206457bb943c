package io.github.offlinedocker.image;

import io.github.offlinedocker.ConfigurationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Spring Boot fat jar taken apart into Spring Boot's default layers, each copied into the runtime stage on its
 * own, from rarely to often changing: a new build of the application changes only the last, small layer, so a
 * push sends kilobytes instead of the whole jar. The builder stage extracts them with the jar's own jar mode;
 * the runtime stage runs Spring Boot's launcher on the extracted files.
 *
 * @param jarMode  {@code tools} (Spring Boot 3.3 on) or {@code layertools} (2.4 to 3.2)
 * @param launcher the launcher class that runs the extracted application
 */
public record SpringBootLayout(String jarMode, String launcher) implements LinkableLayout {

    public static final String NAME = "spring-boot-layers";

    /** The layout {@code springBootLayers} asks for; the fat jar of a project that does not ask runs as a jar. */
    public static final LayoutKind KIND = new LayoutKind(NAME, LayoutProject::springBootLayers, SpringBootLayout::of);

    /** Spring Boot's default layers but the application's, in the order the runtime stage copies them. */
    static final List<String> LIBRARY_LAYERS = List.of("dependencies", "spring-boot-loader", "snapshot-dependencies");
    /** The layer of the application's own classes and resources, copied last. */
    static final String APPLICATION_LAYER = "application";

    private static final Pattern MAJOR_MINOR = Pattern.compile("(\\d+)\\.(\\d+)(?:[.-].*)?");

    /**
     * The layers of the fat jar spring-boot-maven-plugin {@code version} repackages, or empty before 2.4, whose
     * jars are not layered by default.
     */
    public static Optional<SpringBootLayout> forPluginVersion(String version) {
        Matcher matcher = MAJOR_MINOR.matcher(version == null ? "" : version.trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int release = Integer.parseInt(matcher.group(1)) * 1000 + Integer.parseInt(matcher.group(2));
        if (release < 2004) {
            return Optional.empty();
        }
        // 3.2 moved the launcher to a package of its own; 3.3 replaced 'layertools' with 'tools'.
        String launcher = release >= 3002
                ? "org.springframework.boot.loader.launch.JarLauncher"
                : "org.springframework.boot.loader.JarLauncher";
        return Optional.of(new SpringBootLayout(release >= 3003 ? "tools" : "layertools", launcher));
    }

    private static SpringBootLayout of(LayoutProject project) throws ConfigurationException {
        String element = project.springBootLayers() ? "<springBootLayers>" : "<layout> " + NAME;
        String version = project.springBootLayeredJarPlugin(element);
        Optional<String> launched = project.mainClass();
        if (launched.isPresent()) {
            throw new ConfigurationException(element + " runs Spring Boot's launcher, which finds the main class"
                    + " itself, but the image is also to run the class " + launched.get() + " (<mainClass>, or"
                    + " maven-jar-plugin's manifest). Remove one of the two.");
        }
        return forPluginVersion(version).orElseThrow(() -> new ConfigurationException(element + " takes the fat"
                + " jar's layers apart, but spring-boot-maven-plugin " + version + " writes fat jars without layers;"
                + " 2.4 and later write them. Upgrade the plugin, or remove " + element + "."));
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The fat jar's extraction into its layer folders, beside the jar. */
    @Override
    public List<List<String>> builderCommands(BuiltApplication application) {
        List<String> command = new ArrayList<>(List.of("java", "-Djarmode=" + jarMode, "-jar",
                application.artifact(), "extract"));
        if (jarMode.equals("tools")) {
            // The launcher's classes and the jar's exploded layout, as 'layertools' always wrote them.
            command.addAll(List.of("--layers", "--launcher"));
        }
        command.addAll(List.of("--destination", application.layoutFolder()));
        return List.of(command);
    }

    @Override
    public List<RuntimeCopy> dependencyCopies(BuiltApplication application) {
        return LIBRARY_LAYERS.stream().map(layer -> layerCopy(application, layer)).toList();
    }

    @Override
    public List<RuntimeCopy> applicationCopies(BuiltApplication application) {
        return List.of(layerCopy(application, APPLICATION_LAYER));
    }

    @Override
    public List<String> builderClasses(BuiltApplication application) {
        return List.of(application.layoutFolder() + "/" + APPLICATION_LAYER + "/BOOT-INF/classes");
    }

    /** Every extracted layer's libraries. */
    @Override
    public List<String> builderLibraries(BuiltApplication application) {
        return List.of(application.layoutFolder() + "/*/BOOT-INF/lib/*.jar");
    }

    /** The fat jar itself, which holds what the layers do. */
    @Override
    public List<String> builderLaunch(BuiltApplication application) {
        return List.of("-jar", application.artifact());
    }

    @Override
    public List<String> launch(List<String> jvmFlags) {
        return LinkableLayout.java(jvmFlags, launcher);
    }

    private static RuntimeCopy layerCopy(BuiltApplication application, String layer) {
        return new RuntimeCopy.FromBuilder(application.layoutFolder() + "/" + layer + "/", BuildContext.APPLICATION + "/");
    }
}
