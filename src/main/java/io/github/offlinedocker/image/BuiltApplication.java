package io.github.offlinedocker.image;

import java.util.List;

/**
 * What the builder stage's {@code mvn} builds of the application, relative to its workspace, and what of the
 * closure the runtime stage may take.
 *
 * @param artifact     the project's artifact, e.g. {@code app/target/app-1.0.jar}
 * @param moduleJars   the reactor projects on its runtime class path, as jars the builder stage builds
 * @param hasLibraries whether the closure holds runtime libraries, which the context and the dependency image
 *                     then carry in {@link BuildContext#LIBRARIES}
 */
public record BuiltApplication(String artifact, List<String> moduleJars, boolean hasLibraries) {

    public BuiltApplication {
        moduleJars = List.copyOf(moduleJars);
    }

    /** A folder of the plugin's own in the builder stage, beside the artifact, for what a layout takes apart. */
    String layoutFolder() {
        int slash = artifact.lastIndexOf('/');
        return (slash < 0 ? "" : artifact.substring(0, slash + 1)) + "offline-docker-layers";
    }
}
