package io.github.offlinedocker.image;

import io.github.offlinedocker.ConfigurationException;
import java.util.List;
import java.util.Map;

/**
 * How one kind of application lies in the runtime image: what the builder stage runs on what {@code mvn} built,
 * what the runtime stage copies and in which layers, from rarely to often changing, and what the container runs.
 * One implementation per kind of application, which offers its {@link LayoutKind} to the project's layout
 * chooser; the Dockerfile generator writes whatever the chosen layout says without a branch of its own.
 *
 * <p>Paths of the builder stage are relative to its workspace, {@link BuildContext#BUILDER_WORKSPACE}; paths of
 * the runtime stage are absolute.
 */
public interface RuntimeLayout {

    /** The layout's name, as the {@code layout} parameter gives it. */
    String name();

    /** The image the application runs on when {@code runtimeImage} names none. */
    String defaultRuntimeImage(int javaRelease);

    /** Whether the runtime stage takes the closure's runtime libraries from the context or the dependency image. */
    default boolean usesLibraries() {
        return false;
    }

    /**
     * Whether the builder stage needs the closure's runtime libraries, in {@link BuildContext#BUILDER_LIBRARIES},
     * for its commands: the dependency image holds them anyway, a self-contained context then copies them there.
     */
    default boolean buildsOnLibraries() {
        return false;
    }

    /** The builder stage's commands after {@code mvn}, each in exec form. */
    default List<List<String>> builderCommands(BuiltApplication application) {
        return List.of();
    }

    /** The runtime stage's working directory; {@code null} keeps the runtime image's own. */
    default String workingDirectory() {
        return BuildContext.APPLICATION;
    }

    /** The copies that change seldom, the application's dependencies: before the extra directory and the labels. */
    List<RuntimeCopy> dependencyCopies(BuiltApplication application);

    /** The copies of the application itself, which every build changes: last. */
    List<RuntimeCopy> applicationCopies(BuiltApplication application);

    /** Environment variables the layout gives the container for the user's {@code jvmFlags}. */
    default Map<String, String> environment(List<String> jvmFlags) {
        return Map.of();
    }

    /**
     * What the container runs when the user gives no {@code entrypoint}, with the user's {@code jvmFlags}; empty
     * keeps the runtime image's own command.
     */
    List<String> launch(List<String> jvmFlags);

    /** Fails naming the element and the bad value when a setting of the layout cannot go into a Dockerfile. */
    default void check() throws ConfigurationException {}

    /** Fails naming the element when a value the layout writes into the image holds one of {@code secrets}. */
    default void checkSecrets(KnownSecrets secrets) throws ConfigurationException {}
}
