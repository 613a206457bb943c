package io.github.offlinedocker.image;

import io.github.offlinedocker.ConfigurationException;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain jar and its runtime libraries, run by its main class: the libraries in {@code /app/lib} in one layer per
 * {@link DependencyLayer}, the reactor's own jars among them, the application's jar last.
 *
 * @param mainClass the class the container runs
 */
public record ClassPathLayout(String mainClass) implements LinkableLayout {

    public static final String NAME = "class-path";

    /** The layout of a jar that names its main class, or whose main class the user names. */
    public static final LayoutKind KIND = new LayoutKind(NAME,
            project -> project.runsAsJar() && project.mainClass().isPresent(), ClassPathLayout::of);

    private static final String LIBRARIES = BuildContext.APPLICATION + "/" + BuildContext.LIBRARIES;

    private static ClassPathLayout of(LayoutProject project) throws ConfigurationException {
        return new ClassPathLayout(project.mainClass().orElseThrow(() -> new ConfigurationException("<layout> " + NAME
                + " runs a main class, but " + project.id() + " names none: set <mainClass>, or maven-jar-plugin's"
                + " <archive><manifest><mainClass>.")));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean usesLibraries() {
        return true;
    }

    @Override
    public List<RuntimeCopy> dependencyCopies(BuiltApplication application) {
        return application.hasLibraries() ? List.of(new RuntimeCopy.Libraries(LIBRARIES)) : List.of();
    }

    @Override
    public List<RuntimeCopy> applicationCopies(BuiltApplication application) {
        List<RuntimeCopy> copies = new ArrayList<>();
        for (String moduleJar : application.moduleJars()) {
            copies.add(new RuntimeCopy.FromBuilder(moduleJar, LIBRARIES + "/"));
        }
        copies.add(new RuntimeCopy.FromBuilder(application.artifact(), JarLayout.APPLICATION_JAR));
        return copies;
    }

    @Override
    public List<String> builderClasses(BuiltApplication application) {
        return List.of(application.artifact());
    }

    @Override
    public List<String> builderLibraries(BuiltApplication application) {
        List<String> libraries = new ArrayList<>(application.moduleJars());
        libraries.add(BuildContext.BUILDER_LIBRARIES + "/*/*.jar");
        return libraries;
    }

    @Override
    public List<String> builderLaunch(BuiltApplication application) {
        List<String> classPath = new ArrayList<>(List.of(application.artifact()));
        classPath.addAll(application.moduleJars());
        for (DependencyLayer layer : DependencyLayer.values()) {
            classPath.add(BuildContext.BUILDER_LIBRARIES + "/" + layer.directory() + "/*");
        }
        return List.of("-cp", String.join(":", classPath), mainClass);
    }

    @Override
    public List<String> launch(List<String> jvmFlags) {
        return LinkableLayout.java(jvmFlags, "-cp", JarLayout.APPLICATION_JAR + ":" + LIBRARIES + "/*", mainClass);
    }

    @Override
    public void checkSecrets(KnownSecrets secrets) throws ConfigurationException {
        secrets.checkAbsent("<mainClass>", mainClass);
    }
}
