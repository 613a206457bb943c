package io.github.offlinedocker.image;

import java.util.ArrayList;
import java.util.List;

/**
 * A layout whose application runs on {@code java}, so that {@link JlinkLayout} can link a Java runtime of the
 * modules it uses: it says where the application's classes are in the builder stage and how to start it there.
 */
public interface LinkableLayout extends RuntimeLayout {

    /** The JRE image of the project's release, since the application runs on plain {@code java}. */
    @Override
    default String defaultRuntimeImage(int javaRelease) {
        return "eclipse-temurin:" + javaRelease + "-jre";
    }

    /** The command {@code java}, then {@code jvmFlags}, then {@code application}: what it runs and how. */
    static List<String> java(List<String> jvmFlags, String... application) {
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(jvmFlags);
        command.addAll(List.of(application));
        return command;
    }

    /** The application's own jars or class folders in the builder stage, which jdeps starts from. */
    List<String> builderClasses(BuiltApplication application);

    /**
     * The application's libraries in the builder stage, which jdeps follows the application's classes into; shell
     * patterns such as {@code lib/*.jar}. On jdeps' class path, a library's own module declaration, which may
     * require modules the application never loads, is not resolved.
     */
    List<String> builderLibraries(BuiltApplication application);

    /** What follows {@code java} to start the application in the builder stage, on what {@code mvn} built. */
    List<String> builderLaunch(BuiltApplication application);
}
