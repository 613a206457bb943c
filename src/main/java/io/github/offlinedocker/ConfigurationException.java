package io.github.offlinedocker;

/** The user's configuration or project is wrong: the message names the element, the bad value and the fix. */
public final class ConfigurationException extends OfflineDockerException {
    public ConfigurationException(String message) {
        super(message, null);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
