package io.github.offlinedocker.image;

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
 * @param optionValues      the values of the options those files give the builder ({@code .mvn/jvm.config}'s
 *                          system properties), each by the words that name it, so that a credential in one is
 *                          refused naming the option rather than the file
 * @param offlineRepository the offline repository to copy
 * @param repositoryLayers  the layer of each file of the offline repository, by its path there; files not
 *                          listed go into the last layer
 * @param mavenDistribution the archive of the Maven distribution the builder stage runs
 * @param libraries         runtime dependencies by their path below the library folder: layer folder, file name
 * @param sha256ByFile      the sha256 (hex) of dependency files the closure's lock knows, by file, so that what
 *                          the dependency image holds is known by content without reading it again
 * @param sbom              the runtime image's bill of materials, CycloneDX JSON ({@link Sbom#json})
 */
public record ContextSources(
        Path projectDirectory,
        SortedMap<String, Path> projectFiles,
        Map<String, String> optionValues,
        Path offlineRepository,
        Map<String, DependencyLayer> repositoryLayers,
        Path mavenDistribution,
        Map<String, Path> libraries,
        Map<Path, String> sha256ByFile,
        String sbom) {

    public ContextSources {
        projectFiles = Collections.unmodifiableSortedMap(new TreeMap<>(projectFiles));
        optionValues = Collections.unmodifiableSortedMap(new TreeMap<>(optionValues));
        repositoryLayers = Map.copyOf(repositoryLayers);
        libraries = Map.copyOf(libraries);
        sha256ByFile = Map.copyOf(sha256ByFile);
    }
}
