package io.github.offlinedocker.image;

import java.nio.file.Path;

/**
 * A build context to write.
 *
 * @param dockerfile       what the generated Dockerfile builds
 * @param userDockerfile   the user's own Dockerfile, used instead of the generated one; {@code null} for none
 * @param sources          what goes into the build context
 * @param contextDirectory where the context is written, for the user to read or build elsewhere
 * @param contextTar       where the exact tar sent to the engine is written
 * @param secrets          the host's credentials, which no value written into the image may hold
 */
public record ContextRequest(DockerfileSpec dockerfile, Path userDockerfile, ContextSources sources,
        Path contextDirectory, Path contextTar, KnownSecrets secrets) {}
