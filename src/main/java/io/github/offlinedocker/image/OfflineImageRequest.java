package io.github.offlinedocker.image;

/**
 * Everything one offline image build needs.
 *
 * @param context the build context to write
 * @param options how the engine builds it
 */
public record OfflineImageRequest(ContextRequest context, BuildOptions options) {}
