package io.github.offlinedocker;

/**
 * A failure the plugin explains in its message. Goals translate {@link ConfigurationException} to a build
 * failure and {@link EnvironmentException} to an execution error.
 */
public abstract sealed class OfflineDockerException extends Exception
        permits ConfigurationException, EnvironmentException {
    protected OfflineDockerException(String message, Throwable cause) {
        super(message, cause);
    }
}
