package io.github.offlinedocker.image;

import io.github.offlinedocker.resolve.DependencyLayer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What goes into a build context.
 *
 * @param projectDirectory  the project's base directory
 * @param projectEntries    the allow-list of files and folders of the project to copy, relative to it
 * @param offlineRepository the offline repository to copy
 * @param repositoryLayers  the layer of each file of the offline repository, by its path there; files not
 *                          listed go into the last layer
 * @param mavenDistribution the archive of the Maven distribution the builder stage runs
 * @param libraries         runtime dependencies by their path below the library folder: layer folder, file name
 */
public record ContextSources(
        Path projectDirectory,
        List<String> projectEntries,
        Path offlineRepository,
        Map<String, DependencyLayer> repositoryLayers,
        Path mavenDistribution,
        Map<String, Path> libraries) {

    public ContextSources {
        projectEntries = List.copyOf(projectEntries);
        repositoryLayers = Map.copyOf(repositoryLayers);
        libraries = Map.copyOf(libraries);
    }
}
