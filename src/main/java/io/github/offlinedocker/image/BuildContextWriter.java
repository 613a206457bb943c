package io.github.offlinedocker.image;

import io.github.offlinedocker.FileTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes a build context from an allow-list, never from the project directory as a whole: settings files,
 * {@code .mvn/*.config}, {@code .git}, {@code .env} or {@code target/} cannot slip in.
 *
 * <p>Repository files and libraries are hard links (cheap and never edited in place); project files are
 * copied, or packed, since editors may rewrite a source file in place while the image builds.
 */
public final class BuildContextWriter {

    /** Writes the whole context, dependencies and project, for {@code dockerfile} into {@code directory}. */
    public void write(ContextSources sources, String dockerfile, Path directory) throws IOException {
        start(dockerfile, directory);
        writeDependencies(sources, directory);
        writeProject(sources, directory);
    }

    /** Writes the context of the dependency image: Maven, the repository and the libraries. */
    public void writeDependencyContext(ContextSources sources, String dockerfile, Path directory) throws IOException {
        start(dockerfile, directory);
        writeDependencies(sources, directory);
    }

    /** Writes the context of a build on the dependency image: the project alone, as one tar, and the bill. */
    public void writeProjectContext(ContextSources sources, String dockerfile, Path directory) throws IOException {
        start(dockerfile, directory);
        new ContextArchive().write(sources.projectFiles(), BuildContext.BUILDER_UID, BuildContext.BUILDER_GID,
                directory.resolve(BuildContext.PROJECT_ARCHIVE));
        FileTree.writeString(directory.resolve(BuildContext.SBOM), sources.sbom());
    }

    /**
     * The files below {@link BuildContext#REPOSITORY} and {@link BuildContext#LIBRARIES}, by their path in the
     * context, with the file each is linked to; every layer's folder is there even when it stays empty.
     */
    static SortedMap<String, Path> dependencyFiles(ContextSources sources) throws IOException {
        SortedMap<String, Path> files = new TreeMap<>();
        Path offlineRepository = sources.offlineRepository();
        for (Path file : FileTree.regularFiles(offlineRepository)) {
            String path = offlineRepository.relativize(file).toString().replace('\\', '/');
            DependencyLayer layer = sources.repositoryLayers().getOrDefault(path, DependencyLayer.SNAPSHOTS);
            files.put(BuildContext.REPOSITORY + "/" + layer.directory() + "/" + path, file);
        }
        for (Map.Entry<String, Path> library : sources.libraries().entrySet()) {
            files.put(BuildContext.LIBRARIES + "/" + library.getKey(), library.getValue());
        }
        return files;
    }

    private static void start(String dockerfile, Path directory) throws IOException {
        FileTree.deleteRecursively(directory);
        Files.createDirectories(directory);
        FileTree.writeString(directory.resolve("Dockerfile"), dockerfile);
    }

    private static void writeDependencies(ContextSources sources, Path directory) throws IOException {
        MavenDistribution.unpack(sources.mavenDistribution(), directory.resolve(BuildContext.MAVEN));
        for (DependencyLayer layer : DependencyLayer.values()) {
            Files.createDirectories(directory.resolve(BuildContext.REPOSITORY).resolve(layer.directory()));
            Files.createDirectories(directory.resolve(BuildContext.LIBRARIES).resolve(layer.directory()));
        }
        for (Map.Entry<String, Path> file : dependencyFiles(sources).entrySet()) {
            FileTree.linkOrCopy(file.getValue(), directory.resolve(file.getKey()));
        }
    }

    private static void writeProject(ContextSources sources, Path directory) throws IOException {
        Path project = directory.resolve(BuildContext.PROJECT);
        Files.createDirectories(project);
        FileTree.copyFiles(sources.projectFiles(), project);
        FileTree.writeString(directory.resolve(BuildContext.SBOM), sources.sbom());
    }
}
