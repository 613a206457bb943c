package io.github.offlinedocker;

/** Something outside the user's configuration failed: a server, the disk, the Docker engine. */
public final class EnvironmentException extends OfflineDockerException {
    public EnvironmentException(String message, Throwable cause) {
        super(message, cause);
    }
}
