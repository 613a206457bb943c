package io.github.offlinedocker.mojo;

import io.github.offlinedocker.image.KnownSecrets;
import io.github.offlinedocker.image.KnownSecrets.Secret;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * The credentials settings.xml holds: each {@code <server>}'s password, key passphrase and HTTP header values, and
 * each {@code <proxy>}'s password, both as written and as Maven decrypts them.
 */
final class SettingsSecrets {

    private SettingsSecrets() {}

    static KnownSecrets of(Settings settings, SettingsDecrypter decrypter) {
        List<Secret> secrets = new ArrayList<>();
        // What cannot be decrypted stays refused as written; resolution reports the problem where it matters.
        var decrypted = decrypter.decrypt(new DefaultSettingsDecryptionRequest(settings));
        for (List<Server> servers : List.of(settings.getServers(), decrypted.getServers())) {
            servers.forEach(server -> addServer(secrets, server));
        }
        for (List<Proxy> proxies : List.of(settings.getProxies(), decrypted.getProxies())) {
            for (Proxy proxy : proxies) {
                secrets.add(new Secret("the password of the <proxy> with <id>" + proxy.getId() + "</id>",
                        proxy.getUsername(), proxy.getPassword()));
            }
        }
        return new KnownSecrets(secrets);
    }

    private static void addServer(List<Secret> secrets, Server server) {
        String owner = " of the <server> with <id>" + server.getId() + "</id>";
        secrets.add(new Secret("the password" + owner, server.getUsername(), server.getPassword()));
        secrets.add(new Secret("the key passphrase" + owner, null, server.getPassphrase()));
        if (server.getConfiguration() instanceof Xpp3Dom configuration
                && configuration.getChild("httpHeaders") != null) {
            for (Xpp3Dom property : configuration.getChild("httpHeaders").getChildren("property")) {
                Xpp3Dom name = property.getChild("name");
                Xpp3Dom value = property.getChild("value");
                if (value != null && value.getValue() != null) {
                    String header = "the HTTP header " + (name == null ? "" : name.getValue() + " ") + "value" + owner;
                    String text = value.getValue().trim();
                    secrets.add(new Secret(header, null, text));
                    // 'Bearer <token>', 'token <token>': the token alone is the credential too.
                    secrets.add(new Secret(header, null, text.substring(text.lastIndexOf(' ') + 1)));
                }
            }
        }
    }
}
