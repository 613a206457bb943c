package io.github.offlinedocker.image;

import java.util.List;

/** An executable jar that holds or names what it needs (a fat, shaded or Spring Boot jar), run with {@code java -jar}. */
public record JarLayout() implements LinkableLayout {

    public static final String NAME = "jar";

    /** The layout of every project whose artifact is a jar, when no other kind fits it. */
    public static final LayoutKind KIND = new LayoutKind(NAME, LayoutProject::runsAsJar, project -> new JarLayout());

    /** Where the runtime stage keeps the application's jar, in every jar layout. */
    static final String APPLICATION_JAR = BuildContext.APPLICATION + "/app.jar";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<RuntimeCopy> dependencyCopies(BuiltApplication application) {
        return List.of();
    }

    @Override
    public List<RuntimeCopy> applicationCopies(BuiltApplication application) {
        return List.of(new RuntimeCopy.FromBuilder(application.artifact(), APPLICATION_JAR));
    }

    @Override
    public List<String> builderClasses(BuiltApplication application) {
        return List.of(application.artifact());
    }

    @Override
    public List<String> builderLibraries(BuiltApplication application) {
        return List.of();
    }

    @Override
    public List<String> builderLaunch(BuiltApplication application) {
        return List.of("-jar", application.artifact());
    }

    @Override
    public List<String> launch(List<String> jvmFlags) {
        return LinkableLayout.java(jvmFlags, "-jar", APPLICATION_JAR);
    }
}
