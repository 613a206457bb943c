package io.github.offlinedocker.image;

import io.github.offlinedocker.FileTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The layout of the build context the plugin writes, and of the builder stage's file system. These names are
 * the contract a hand-written Dockerfile relies on.
 */
public final class BuildContext {

    /**
     * Context folder with the host's Maven version, unpacked, whose {@code conf/settings.xml} makes any
     * {@code mvn} run offline against {@link #BUILDER_REPOSITORY}.
     */
    public static final String MAVEN = "maven";
    /**
     * Context folder with the offline repository, split into one folder per {@code DependencyLayer}
     * ({@code releases/}, {@code private/}, {@code snapshots/}); each holds a part of one Maven repository.
     */
    public static final String REPOSITORY = "repository";
    /** Context folder with the project's allow-listed sources. */
    public static final String PROJECT = "project";
    /**
     * Context file with the project's allow-listed sources as one tar, in a build on the dependency image: the
     * builder stage unpacks it with {@code ADD}, so the engine checks and copies one file, not thousands.
     */
    public static final String PROJECT_ARCHIVE = "project.tar";
    /** Context folder with the application's runtime dependencies, one folder per {@code DependencyLayer}. */
    public static final String LIBRARIES = "lib";
    /** Context file with the CycloneDX bill of materials of the runtime image, {@link Sbom}. */
    public static final String SBOM = "sbom.cdx.json";

    /** The name of the generated Dockerfile's stage that builds the project, which {@code target} can name. */
    public static final String BUILDER_STAGE = "builder";
    /** Where the builder stage keeps the offline repository. */
    public static final String BUILDER_REPOSITORY = "/var/cache/offline-docker/repository";
    /**
     * Where the dependency image keeps the application's runtime dependencies, one folder per
     * {@code DependencyLayer}, for the runtime stage to copy.
     */
    public static final String BUILDER_LIBRARIES = "/var/cache/offline-docker/lib";
    /** Where the builder stage builds the project. */
    public static final String BUILDER_WORKSPACE = "/workspace";
    /** The uid of {@link #BUILDER_USER}. */
    public static final int BUILDER_UID = 65532;
    /** The gid of {@link #BUILDER_USER}. */
    public static final int BUILDER_GID = 65532;
    /**
     * The account the builder stage's Maven runs as, {@code uid:gid}: not root, as on a CI runner, where tests
     * that check a file cannot be read or written pass only for a user the file system holds to its modes.
     */
    public static final String BUILDER_USER = BUILDER_UID + ":" + BUILDER_GID;
    /** The builder account's home, its {@code user.home}. */
    public static final String BUILDER_HOME = "/home/builder";
    /** Where the Maven distribution lives in the builder stage. */
    public static final String BUILDER_MAVEN_HOME = "/opt/maven";
    /** Where the application lives in the runtime stage. */
    public static final String APPLICATION = "/app";
    /**
     * Where the runtime image holds its bill of materials, whatever the layout: a name ending in {@code .cdx.json}
     * is what scanners (Syft, Grype, Trivy) look for in an image's files.
     */
    public static final String RUNTIME_SBOM = "/usr/share/sbom/application.cdx.json";
    /** The label of the runtime image that names {@link #RUNTIME_SBOM}. */
    public static final String SBOM_LABEL = "io.github.offlinedocker.sbom";

    private static final Set<String> TOP_LEVEL = Set.of("Dockerfile", MAVEN, REPOSITORY, PROJECT, PROJECT_ARCHIVE,
            LIBRARIES, SBOM);

    private BuildContext() {}

    /** Where {@code build} writes the dependency image's context, beside the context {@code contextDirectory}. */
    public static Path dependencyContextOf(Path contextDirectory) {
        return FileTree.sibling(contextDirectory, "-dependencies");
    }

    /**
     * Whether {@code directory} holds nothing but what the plugin writes into a context, and more than a
     * Dockerfile, which could be the user's own.
     */
    public static boolean writtenAt(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            Set<String> names = entries.map(entry -> entry.getFileName().toString()).collect(Collectors.toSet());
            return TOP_LEVEL.containsAll(names) && names.contains("Dockerfile")
                    && (names.contains(MAVEN) || names.contains(PROJECT) || names.contains(PROJECT_ARCHIVE));
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }
}
