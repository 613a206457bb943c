package io.github.offlinedocker.image;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.offlinedocker.ConfigurationException;
import io.github.offlinedocker.image.KnownSecrets.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KnownSecretsTest {

    private static final String OWNER = "the password of the <server> with <id>private-repo</id>";
    private static final KnownSecrets SECRETS = new KnownSecrets(List.of(
            new Secret(OWNER, "deployer", "s3cr3t/Pa$$"),
            new Secret("the password of the <proxy> with <id>corp-proxy</id>", null, "admin")));

    private static String refusal(String element, String value) {
        return assertThrows(ConfigurationException.class, () -> SECRETS.checkAbsent(element, value)).getMessage();
    }

    @Test
    void checkAbsent_secretAsWholeValue_namesElementAndOwnerNotSecret() {
        String message = refusal("<buildArgs><NEXUS_PASSWORD>", "s3cr3t/Pa$$");

        assertEquals("<buildArgs><NEXUS_PASSWORD> holds " + OWNER + " in settings.xml. It would be kept in the image"
                + " or its history, where anyone who pulls the image reads it: remove it. The builder stage needs no"
                + " credential: it builds offline, from the repository resolved with your settings.", message);
        assertFalse(message.contains("s3cr3t"));
    }

    @Test
    void checkAbsent_secretInsideLongerValue_refused() {
        refusal("<jvmFlags>", "-Dnexus.password=s3cr3t/Pa$$");
        refusal("<labels><source>", "https://deployer:s3cr3t%2FPa%24%24@nexus.example/releases");
    }

    @Test
    void checkAbsent_encodedForms_refused() {
        String basic = Base64.getEncoder().encodeToString("deployer:s3cr3t/Pa$$".getBytes(StandardCharsets.UTF_8));
        String alone = Base64.getEncoder().encodeToString("s3cr3t/Pa$$".getBytes(StandardCharsets.UTF_8));

        refusal("<environment><AUTH>", "Basic " + basic);
        refusal("<environment><TOKEN>", alone);
    }

    @Test
    void checkAbsent_shortSecretInsideOtherText_notRefused() {
        assertDoesNotThrow(() -> SECRETS.checkAbsent("<jvmFlags>", "-Dspring.profiles.active=admin,web"));
        refusal("<user>", "admin");
    }

    @Test
    void checkAbsent_listAndMap_nameTheEntry() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("team", "payments");
        labels.put("deploy-token", "s3cr3t/Pa$$");

        assertDoesNotThrow(() -> SECRETS.checkAbsent("<ports>", List.of("8080", "8443")));
        assertEquals("<labels><deploy-token>", refusal(labels).substring(0, "<labels><deploy-token>".length()));
    }

    private static String refusal(Map<String, String> labels) {
        return assertThrows(ConfigurationException.class, () -> SECRETS.checkAbsent("<labels>", labels)).getMessage();
    }

    @Test
    void checkAbsent_noneKnown_refusesNothing() {
        assertDoesNotThrow(() -> new KnownSecrets(List.of()).checkAbsent("<buildArgs><X>", "s3cr3t/Pa$$"));
        assertDoesNotThrow(() -> new KnownSecrets(List.of(new Secret(OWNER, null, ""))).checkAbsent("<user>", ""));
    }

    @Test
    void secret_toString_hidesValue() {
        assertFalse(new Secret(OWNER, "deployer", "s3cr3t/Pa$$").toString().contains("s3cr3t"));
    }
}
