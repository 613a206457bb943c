package io.github.offlinedocker.mojo;

import io.github.offlinedocker.ConfigurationException;
import io.github.offlinedocker.image.LoginSource;
import io.github.offlinedocker.image.RegistryCredentials;
import io.github.offlinedocker.image.RegistryLogins;
import java.util.Optional;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * Registry logins from settings.xml: the {@code <server>} whose {@code <id>} is the registry host, its password
 * decrypted by Maven when a pull or push asks for it.
 */
final class SettingsLogins implements LoginSource {

    private final Settings settings;
    private final SettingsDecrypter decrypter;

    private SettingsLogins(Settings settings, SettingsDecrypter decrypter) {
        this.settings = settings;
        this.decrypter = decrypter;
    }

    /** settings.xml's logins first, then Docker's configuration. */
    static RegistryLogins registryLogins(Settings settings, SettingsDecrypter decrypter) {
        return RegistryLogins.firstThenDockerConfig(new SettingsLogins(settings, decrypter));
    }

    @Override
    public Optional<RegistryCredentials> find(String registry) throws ConfigurationException {
        Server server = settings.getServer(registry);
        if (server == null) {
            return Optional.empty();
        }
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : result.getProblems()) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                throw new ConfigurationException("The password of the <server> with <id>" + registry
                        + "</id> in settings.xml cannot be decrypted: " + problem.getMessage()
                        + ". Check settings-security.xml, or encrypt it again with 'mvn --encrypt-password'.");
            }
        }
        Server decrypted = result.getServer();
        return Optional.of(new RegistryCredentials(decrypted.getUsername(), decrypted.getPassword(),
                "settings.xml's <server> " + registry));
    }
}
