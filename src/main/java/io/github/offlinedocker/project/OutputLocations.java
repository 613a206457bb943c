package io.github.offlinedocker.project;

import io.github.offlinedocker.ConfigurationException;
import io.github.offlinedocker.EnvironmentException;
import io.github.offlinedocker.OfflineDockerException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Where the plugin may put a folder it replaces whole on each run (the offline repository, the build context):
 * never where that deletes work. Inside the project's build directory anything goes, as {@code mvn clean} deletes
 * it anyway; elsewhere in the project, in the local repository, or on a folder holding the project, the local
 * repository or the user's home, never; anywhere else only on a folder that is absent, empty, or written by the
 * plugin before.
 */
public final class OutputLocations {

    private final Path projectDirectory;
    private final Path buildDirectory;
    private final Path reactorRoot;
    private final Path localRepository;
    private final Path userHome;

    /**
     * @param projectDirectory the project's base directory
     * @param buildDirectory   its build directory, {@code target}
     * @param reactorRoot      the directory Maven runs the reactor in
     * @param localRepository  the local repository
     * @param userHome         the user's home directory
     */
    public OutputLocations(Path projectDirectory, Path buildDirectory, Path reactorRoot, Path localRepository,
            Path userHome) {
        this.projectDirectory = normal(projectDirectory);
        this.buildDirectory = normal(buildDirectory);
        this.reactorRoot = normal(reactorRoot);
        this.localRepository = normal(localRepository);
        this.userHome = normal(userHome);
    }

    /**
     * Fails, naming {@code element}, unless the plugin may delete {@code directory} and write it anew;
     * {@code writtenBefore} tells a folder the plugin wrote on an earlier run.
     */
    public void checkReplaceable(String element, Path directory, Predicate<Path> writtenBefore)
            throws OfflineDockerException {
        Path folder = normal(directory);
        if (folder.startsWith(buildDirectory) && !folder.equals(buildDirectory)) {
            return;
        }
        Map<Path, String> kept = new LinkedHashMap<>();
        kept.put(projectDirectory, "the project " + projectDirectory);
        kept.put(buildDirectory, "the build directory");
        kept.put(localRepository, "the local repository " + localRepository);
        kept.put(userHome, "the home directory " + userHome);
        for (Map.Entry<Path, String> place : kept.entrySet()) {
            if (place.getKey().startsWith(folder)) {
                throw refusal(element, folder, " is or holds " + place.getValue(), "it");
            }
        }
        if (folder.startsWith(localRepository)) {
            throw refusal(element, folder, " is inside the local repository " + localRepository,
                    "artifacts Maven relies on");
        }
        // The reactor's other modules are project files too.
        if (folder.startsWith(projectDirectory) || folder.startsWith(reactorRoot)) {
            throw refusal(element, folder, " is inside the project but outside its build directory", "project files");
        }
        if (holdsFiles(folder) && !writtenBefore.test(folder)) {
            throw refusal(element, folder, " holds files the plugin did not write",
                    "them (an absent or empty folder is fine too)");
        }
    }

    private ConfigurationException refusal(String element, Path folder, String where, String lost) {
        return new ConfigurationException("<" + element + "> " + folder + where + ", and the plugin replaces the"
                + " whole folder on each run: that would delete " + lost + ". Point it at a folder under the build"
                + " directory " + buildDirectory + ", e.g. by leaving it out for its default.");
    }

    private static boolean holdsFiles(Path folder) throws EnvironmentException {
        if (!Files.isDirectory(folder)) {
            return Files.exists(folder);
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isPresent();
        } catch (IOException e) {
            throw new EnvironmentException("Could not read the folder " + folder + ": " + e, e);
        }
    }

    private static Path normal(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
