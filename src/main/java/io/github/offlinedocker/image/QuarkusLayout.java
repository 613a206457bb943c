package io.github.offlinedocker.image;

import java.util.ArrayList;
import java.util.List;

/**
 * A Quarkus application as quarkus-maven-plugin's {@code build} goal packages it. The fast-jar (Quarkus's default)
 * goes into {@code /app} in layers from rarely to often changing: the boot and runtime libraries and the launcher
 * jar, then the classes Quarkus generated and the application's own; an uber-jar runs as one jar.
 *
 * @param quarkusApp the fast-jar's folder ({@code target/quarkus-app}), relative to the builder's workspace
 * @param runnerJar  the uber-jar ({@code target/<finalName>-runner.jar}) when the project packages one;
 *                   {@code null} for the fast-jar
 */
public record QuarkusLayout(String quarkusApp, String runnerJar) implements LinkableLayout {

    public static final String NAME = "quarkus";

    /** The layout of a project with packaging {@code quarkus}, or whose quarkus-maven-plugin runs {@code build}. */
    public static final LayoutKind KIND = new LayoutKind(NAME, project -> "quarkus".equals(project.packaging())
            || project.runsGoal("quarkus-maven-plugin", "build"), QuarkusLayout::of);

    private static final String LAUNCHER = BuildContext.APPLICATION + "/quarkus-run.jar";
    /** Quarkus's log manager from the JVM's start, as the Dockerfiles Quarkus generates set it. */
    private static final String LOG_MANAGER = "-Djava.util.logging.manager=org.jboss.logmanager.LogManager";

    /** quarkus-maven-plugin's package: the fast-jar, or the uber-jar its build-time setting asks for. */
    private static QuarkusLayout of(LayoutProject project) {
        boolean uberJar = project.setting("application.properties", "quarkus.package.jar.type", "quarkus.package.type")
                .filter("uber-jar"::equals).isPresent();
        return new QuarkusLayout(project.buildFile("quarkus-app"),
                uberJar ? project.buildFile(project.finalName() + "-runner.jar") : null);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<RuntimeCopy> dependencyCopies(BuiltApplication application) {
        if (runnerJar != null) {
            return List.of();
        }
        return List.of(copy("lib/boot/"), copy("lib/main/"), copy("quarkus-run.jar"));
    }

    @Override
    public List<RuntimeCopy> applicationCopies(BuiltApplication application) {
        if (runnerJar != null) {
            return List.of(new RuntimeCopy.FromBuilder(runnerJar, JarLayout.APPLICATION_JAR));
        }
        return List.of(copy("quarkus/"), copy("app/"));
    }

    /** The application's jar and the classes Quarkus generated for it; or the uber-jar. */
    @Override
    public List<String> builderClasses(BuiltApplication application) {
        return runnerJar != null ? List.of(runnerJar) : List.of(quarkusApp + "/app/*.jar", quarkusApp + "/quarkus/*.jar");
    }

    @Override
    public List<String> builderLibraries(BuiltApplication application) {
        return runnerJar != null ? List.of() : List.of(quarkusApp + "/lib/boot/*.jar", quarkusApp + "/lib/main/*.jar");
    }

    @Override
    public List<String> builderLaunch(BuiltApplication application) {
        return List.of("-jar", runnerJar != null ? runnerJar : quarkusApp + "/quarkus-run.jar");
    }

    @Override
    public List<String> launch(List<String> jvmFlags) {
        List<String> flags = new ArrayList<>(List.of(LOG_MANAGER));
        flags.addAll(jvmFlags);
        return LinkableLayout.java(flags, "-jar", runnerJar != null ? JarLayout.APPLICATION_JAR : LAUNCHER);
    }

    private RuntimeCopy copy(String path) {
        return new RuntimeCopy.FromBuilder(quarkusApp + "/" + path, BuildContext.APPLICATION + "/" + path);
    }
}
