package io.github.offlinedocker.image;

/**
 * Everything one offline image build needs.
 *
 * @param context              the build context to write
 * @param options              how the engine builds it
 * @param dependencyRepository the image repository of the project's dependency images (see {@link DependencyImage})
 */
public record OfflineImageRequest(ContextRequest context, BuildOptions options, String dependencyRepository) {}
