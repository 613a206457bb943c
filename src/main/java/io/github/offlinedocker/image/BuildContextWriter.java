package io.github.offlinedocker.image;

import io.github.offlinedocker.FileTree;
import io.github.offlinedocker.resolve.DependencyLayer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes a build context from an allow-list, never from the project directory as a whole: settings files,
 * {@code .mvn/*.config}, {@code .git}, {@code .env} or {@code target/} cannot slip in.
 *
 * <p>Repository files and libraries are hard links (cheap and never edited in place); project files are
 * copied, since editors may rewrite a source file in place while the image builds.
 */
public final class BuildContextWriter {

    /** Writes the context for {@code sources} and {@code dockerfile} into {@code directory}, replacing it. */
    public void write(ContextSources sources, String dockerfile, Path directory) throws IOException {
        FileTree.deleteRecursively(directory);
        Files.createDirectories(directory);
        FileTree.writeString(directory.resolve("Dockerfile"), dockerfile);

        MavenDistribution.unpack(sources.mavenDistribution(), directory.resolve(BuildContext.MAVEN));
        Path repository = directory.resolve(BuildContext.REPOSITORY);
        Path libraries = directory.resolve(BuildContext.LIBRARIES);
        for (DependencyLayer layer : DependencyLayer.values()) {
            Files.createDirectories(repository.resolve(layer.directory()));
            Files.createDirectories(libraries.resolve(layer.directory()));
        }
        Path offlineRepository = sources.offlineRepository();
        for (Path file : FileTree.regularFiles(offlineRepository)) {
            String path = offlineRepository.relativize(file).toString().replace('\\', '/');
            DependencyLayer layer = sources.repositoryLayers().getOrDefault(path, DependencyLayer.SNAPSHOTS);
            FileTree.linkOrCopy(file, repository.resolve(layer.directory()).resolve(path));
        }

        Path project = directory.resolve(BuildContext.PROJECT);
        Files.createDirectories(project);
        FileTree.copyEntries(sources.projectDirectory(), sources.projectEntries(), project);

        for (Map.Entry<String, Path> library : sources.libraries().entrySet()) {
            FileTree.linkOrCopy(library.getValue(), libraries.resolve(library.getKey()));
        }
    }
}
