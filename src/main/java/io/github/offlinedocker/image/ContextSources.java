package io.github.offlinedocker.image;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What goes into a build context.
 *
 * @param projectDirectory  the project's base directory
 * @param projectEntries    the allow-list of files and folders of the project to copy, relative to it
 * @param offlineRepository the offline repository to copy
 * @param mavenDistribution the Maven distribution archive the builder stage unpacks
 * @param mavenVersion      its version
 * @param libraries         runtime dependencies by the file name they get in the image
 */
public record ContextSources(
        Path projectDirectory,
        List<String> projectEntries,
        Path offlineRepository,
        Path mavenDistribution,
        String mavenVersion,
        Map<String, Path> libraries) {

    public ContextSources {
        projectEntries = List.copyOf(projectEntries);
        libraries = Map.copyOf(libraries);
    }
}
