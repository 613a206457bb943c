package io.github.offlinedocker.image;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything one offline image build needs.
 *
 * @param context              the build context to write
 * @param options              how the engine builds it
 * @param dependencyRepository the image repository of the project's dependency images (see {@link DependencyImage})
 * @param dependencyCache      whether {@code dependencyRepository} is a registry's, shared by engines: a build
 *                             pulls its dependency image from there when the engine lacks it, and pushes one it
 *                             built
 * @param cacheBuilderStage    whether the builder stage of a build on the dependency image is kept in the
 *                             dependency cache too ({@link BuilderStageCache})
 * @param logins               where the registries' logins are found
 * @param baseImageArchives    {@code docker save} archives a base image the engine lacks is loaded from
 */
public record OfflineImageRequest(ContextRequest context, BuildOptions options, String dependencyRepository,
        boolean dependencyCache, boolean cacheBuilderStage, RegistryLogins logins, List<Path> baseImageArchives) {

    public OfflineImageRequest {
        baseImageArchives = List.copyOf(baseImageArchives);
    }
}
