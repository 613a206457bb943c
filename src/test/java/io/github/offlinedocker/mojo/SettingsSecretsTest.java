package io.github.offlinedocker.mojo;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.offlinedocker.ConfigurationException;
import io.github.offlinedocker.image.KnownSecrets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.DefaultSettingsDecrypter;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;
import org.sonatype.plexus.components.sec.dispatcher.DefaultSecDispatcher;

class SettingsSecretsTest {

    private static final String PASSWORD = "Repo-p4ssw0rd";

    private final DefaultPlexusCipher cipher = new DefaultPlexusCipher();
    private DefaultSettingsDecrypter decrypter;
    private String encryptedPassword;

    /** Maven's own decrypter on a settings-security.xml with a master password, as {@code mvn -emp} writes it. */
    @BeforeEach
    void masterPassword(@TempDir Path home) throws Exception {
        String master = "Master-k3y";
        Path security = home.resolve("settings-security.xml");
        Files.writeString(security, "<settingsSecurity><master>"
                + cipher.encryptAndDecorate(master, DefaultSecDispatcher.SYSTEM_PROPERTY_SEC_LOCATION)
                + "</master></settingsSecurity>");
        decrypter = new DefaultSettingsDecrypter(new DefaultSecDispatcher(cipher, Map.of(), security.toString()));
        encryptedPassword = cipher.encryptAndDecorate(PASSWORD, master);
    }

    private Settings settings() {
        Server server = new Server();
        server.setId("private-repo");
        server.setUsername("deployer");
        server.setPassword(encryptedPassword);
        Xpp3Dom header = new Xpp3Dom("property");
        header.addChild(child("name", "Private-Token"));
        header.addChild(child("value", "Bearer Header-t0ken-value"));
        Xpp3Dom headers = new Xpp3Dom("httpHeaders");
        headers.addChild(header);
        Xpp3Dom configuration = new Xpp3Dom("configuration");
        configuration.addChild(headers);
        server.setConfiguration(configuration);
        Proxy proxy = new Proxy();
        proxy.setId("corp-proxy");
        proxy.setUsername("proxy-user");
        proxy.setPassword("Proxy-p4ssw0rd");
        Settings settings = new Settings();
        settings.addServer(server);
        settings.addProxy(proxy);
        return settings;
    }

    private static Xpp3Dom child(String name, String value) {
        Xpp3Dom child = new Xpp3Dom(name);
        child.setValue(value);
        return child;
    }

    private static String refusal(KnownSecrets secrets, String value) {
        return assertThrows(ConfigurationException.class, () -> secrets.checkAbsent("<buildArgs><X>", value))
                .getMessage();
    }

    @Test
    void of_encryptedServerPassword_refusedDecryptedAndAsWritten() {
        KnownSecrets secrets = SettingsSecrets.of(settings(), decrypter);

        assertTrue(refusal(secrets, PASSWORD).startsWith(
                "<buildArgs><X> holds the password of the <server> with <id>private-repo</id> in settings.xml."));
        assertTrue(refusal(secrets, encryptedPassword).contains("the password of the <server> with <id>private-repo</id>"));
    }

    @Test
    void of_headerAndProxy_refusedNamingWhose() {
        KnownSecrets secrets = SettingsSecrets.of(settings(), decrypter);

        assertTrue(refusal(secrets, "Bearer Header-t0ken-value").contains(
                "holds the HTTP header Private-Token value of the <server> with <id>private-repo</id>"));
        assertTrue(refusal(secrets, "Header-t0ken-value").contains("holds the HTTP header Private-Token value"));
        assertTrue(refusal(secrets, "-Dproxy=Proxy-p4ssw0rd").contains(
                "holds the password of the <proxy> with <id>corp-proxy</id>"));
        assertDoesNotThrow(() -> secrets.checkAbsent("<buildArgs><X>", "deployer"));
    }

    @Test
    void of_emptySettings_refusesNothing() {
        assertDoesNotThrow(() -> SettingsSecrets.of(new Settings(), decrypter).checkAbsent("<labels><a>", PASSWORD));
    }
}
