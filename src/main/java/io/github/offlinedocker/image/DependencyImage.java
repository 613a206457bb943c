package io.github.offlinedocker.image;

import io.github.offlinedocker.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

/**
 * The builder stage's dependencies as an image of their own: the builder image with the host's Maven, the offline
 * repository and the runtime dependencies, tagged with a digest of all of it. A build whose dependencies did not
 * change finds it on the engine and sends only the project; one whose dependencies changed builds it again, and
 * the engine's layer cache reuses its layers up to the first changed one.
 *
 * @param repository the image's repository, one per project, so older tags of it can be removed
 * @param tag        the digest of its inputs
 */
record DependencyImage(String repository, String tag) {

    /** Files up to this size are known by their content; larger ones by size and modification time. */
    private static final long CONTENT_HASHED_BYTES = 64 * 1024;

    /** The image's reference, {@code repository:tag}. */
    String reference() {
        return repository + ":" + tag;
    }

    /**
     * The dependency image in {@code repository} that {@code dockerfile} builds on the base image
     * {@code baseImageId} for {@code platform} ({@code null}: the engine's) from dependencies whose
     * {@link #dependenciesDigest} is {@code dependencies}.
     */
    static DependencyImage of(String repository, String dockerfile, String baseImageId, String platform,
            String dependencies) {
        MessageDigest digest = Sha256.newDigest();
        update(digest, "Dockerfile", dockerfile);
        update(digest, "base", baseImageId);
        update(digest, "platform", String.valueOf(platform));
        MavenDistribution.OWN_FILES.forEach((name, content) ->
                update(digest, BuildContext.MAVEN + "/" + name, content));
        update(digest, "dependencies", dependencies);
        return new DependencyImage(repository, HexFormat.of().formatHex(digest.digest()).substring(0, 24));
    }

    /**
     * A digest of what the dependency image holds of {@code sources}: Maven and every dependency file. Known by
     * content, it is the same on every machine that resolved the same closure, which a shared cache of dependency
     * images needs.
     */
    static String dependenciesDigest(ContextSources sources) throws IOException {
        MessageDigest digest = Sha256.newDigest();
        update(digest, BuildContext.MAVEN, Sha256.ofFile(sources.mavenDistribution()));
        for (Map.Entry<String, Path> file : BuildContextWriter.dependencyFiles(sources).entrySet()) {
            update(digest, file.getKey(), identity(file.getValue(), sources.sha256ByFile()));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * What tells a file's versions apart, without reading hundreds of megabytes on every build: the sha256 the
     * closure's lock keeps for it, else the content of a small file (version lists are rewritten on each
     * resolution, unchanged), else size and modification time as rsync's quick check does (artifacts are hard
     * links to the local repository, which replaces a file but never edits it).
     */
    private static String identity(Path file, Map<Path, String> known) throws IOException {
        String sha256 = known.get(file);
        if (sha256 != null) {
            return sha256;
        }
        long size = Files.size(file);
        if (size <= CONTENT_HASHED_BYTES) {
            return Sha256.ofFile(file);
        }
        return size + " " + Files.getLastModifiedTime(file).toMillis();
    }

    private static void update(MessageDigest digest, String name, String value) {
        digest.update((name + '\0' + value + '\n').getBytes(StandardCharsets.UTF_8));
    }
}
