package io.github.offlinedocker;

/** Something outside the user's configuration failed: a server, the disk, the Docker engine. */
public final class EnvironmentException extends OfflineDockerException {

    /** A failure seen by the plugin itself, with no exception behind it (e.g. a lock held too long). */
    public EnvironmentException(String message) {
        super(message, null);
    }

    public EnvironmentException(String message, Throwable cause) {
        super(message, cause);
    }
}
