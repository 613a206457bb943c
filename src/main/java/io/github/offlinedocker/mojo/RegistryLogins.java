package io.github.offlinedocker.mojo;

import io.github.offlinedocker.ConfigurationException;
import io.github.offlinedocker.image.ImagePusher;
import io.github.offlinedocker.image.RegistryCredentials;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/** Registry logins from settings.xml: the {@code <server>} whose {@code <id>} is the registry host, decrypted. */
final class RegistryLogins {

    private RegistryLogins() {}

    /** The logins settings.xml holds for the registries of {@code tags}, by registry host. */
    static Map<String, RegistryCredentials> forTags(List<String> tags, Settings settings, SettingsDecrypter decrypter)
            throws ConfigurationException {
        Map<String, RegistryCredentials> logins = new LinkedHashMap<>();
        for (String tag : tags) {
            String registry = ImagePusher.registryOf(tag);
            Server server = settings.getServer(registry);
            if (server == null || logins.containsKey(registry)) {
                continue;
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
            logins.put(registry, new RegistryCredentials(decrypted.getUsername(), decrypted.getPassword()));
        }
        return logins;
    }
}
