package io.github.offlinedocker.image;

import io.github.offlinedocker.resolve.DependencyLayer;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What goes into a build context.
 *
 * @param projectDirectory  the project's base directory
 * @param projectFiles      the project's files to copy, listed once from its allow-list so that the files
 *                          searched for credentials are the files sent: by their path relative to it
 * @param offlineRepository the offline repository to copy
 * @param repositoryLayers  the layer of each file of the offline repository, by its path there; files not
 *                          listed go into the last layer
 * @param mavenDistribution the archive of the Maven distribution the builder stage runs
 * @param libraries         runtime dependencies by their path below the library folder: layer folder, file name
 */
public record ContextSources(
        Path projectDirectory,
        SortedMap<String, Path> projectFiles,
        Path offlineRepository,
        Map<String, DependencyLayer> repositoryLayers,
        Path mavenDistribution,
        Map<String, Path> libraries) {

    public ContextSources {
        projectFiles = Collections.unmodifiableSortedMap(new TreeMap<>(projectFiles));
        repositoryLayers = Map.copyOf(repositoryLayers);
        libraries = Map.copyOf(libraries);
    }
}
