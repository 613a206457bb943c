package io.github.offlinedocker.image;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.offlinedocker.ConfigurationException;
import io.github.offlinedocker.image.KnownSecrets.Secret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @TempDir
    Path project;

    /** The project's files, each with its bytes, by their path in the project. */
    private SortedMap<String, Path> files(Map<String, byte[]> contents) throws IOException {
        SortedMap<String, Path> files = new TreeMap<>();
        for (Map.Entry<String, byte[]> file : contents.entrySet()) {
            Path path = project.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            files.put(file.getKey(), Files.write(path, file.getValue()));
        }
        return files;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void checkAbsent_projectFileHoldingSecret_namesFileAndOwnerNotSecret() throws IOException {
        SortedMap<String, Path> files = files(Map.of(
                "pom.xml", utf8("<project/>"),
                "src/main/resources/deploy.properties", utf8("nexus.user=deployer\nnexus.password=s3cr3t/Pa$$\n")));

        String message = assertThrows(ConfigurationException.class, () -> SECRETS.checkAbsent(files)).getMessage();

        assertEquals("The project file src/main/resources/deploy.properties holds " + OWNER + " in settings.xml. The"
                + " build context carries it into the builder stage's layers, and a resource into the image: remove"
                + " it, and give the application its credentials when it runs (an environment variable or a mounted"
                + " file).", message);
    }

    @Test
    void checkAbsent_projectFilesWithoutSecret_passes() throws IOException {
        SortedMap<String, Path> files = files(Map.of(
                "pom.xml", utf8("<project><!-- the password comes from settings.xml --></project>"),
                "src/main/java/App.java", utf8("class App { String role = \"admin\"; }")));

        assertDoesNotThrow(() -> SECRETS.checkAbsent(files));
    }

    @Test
    void checkAbsent_secretAcrossChunkBoundary_found() throws IOException {
        byte[] large = new byte[(1 << 20) + 64];
        Arrays.fill(large, (byte) 'x');
        byte[] secret = utf8("s3cr3t/Pa$$");
        System.arraycopy(secret, 0, large, (1 << 20) - 5, secret.length);
        SortedMap<String, Path> files = files(Map.of("src/test/resources/recording.bin", large));

        assertThrows(ConfigurationException.class, () -> SECRETS.checkAbsent(files));
    }

    @Test
    void checkAbsent_shortSecretAsWholeFileOnly_refused() throws IOException {
        assertThrows(ConfigurationException.class, () -> SECRETS.checkAbsent(files(Map.of("src/token", utf8("admin\n")))));
        assertDoesNotThrow(() -> SECRETS.checkAbsent(files(Map.of("src/roles", utf8("role=admin\n")))));
    }

    @Test
    void checkAbsent_nonAsciiSecret_foundAsItsUtf8Bytes() throws IOException {
        KnownSecrets secrets = new KnownSecrets(List.of(new Secret(OWNER, null, "pässwörd-Ü9")));
        SortedMap<String, Path> files = files(Map.of("src/main/resources/a.txt", utf8("key: pässwörd-Ü9")));

        assertThrows(ConfigurationException.class, () -> secrets.checkAbsent(files));
    }

    @Test
    void secret_toString_hidesValue() {
        assertFalse(new Secret(OWNER, "deployer", "s3cr3t/Pa$$").toString().contains("s3cr3t"));
    }
}
