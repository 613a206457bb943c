package io.github.offlinedocker.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.offlinedocker.ConfigurationException;
import io.github.offlinedocker.OfflineDockerException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerConfigLoginsTest {

    @TempDir
    Path directory;

    private DockerConfigLogins config(String json) throws IOException {
        Path file = directory.resolve("config.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return new DockerConfigLogins(file);
    }

    private static String auth(String userAndPassword) {
        return Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void find_authsEntryOfTheHost_userAndPasswordDecoded() throws Exception {
        DockerConfigLogins logins = config("{\"auths\": {\"https://registry.example.com/v2/\": {\"auth\": \""
                + auth("ci:pa:ss") + "\"}, \"other.example.com\": {\"auth\": \"" + auth("x:y") + "\"}}}");
        RegistryCredentials login = logins.find("registry.example.com").orElseThrow();
        assertEquals("ci", login.username());
        assertEquals("pa:ss", login.password());
        assertTrue(login.source().startsWith("auths of "), login.source());
        assertEquals(Optional.empty(), logins.find("registry.example.com:5000"));
    }

    @Test
    void find_dockerHubUnderItsLegacyKey() throws Exception {
        DockerConfigLogins logins = config("{\"auths\": {\"" + DockerConfigLogins.DOCKER_HUB_KEY + "\": {\"auth\": \""
                + auth("me:secret") + "\"}}}");
        assertEquals("me", logins.find(ImageName.DOCKER_HUB).orElseThrow().username());
    }

    @Test
    void find_identityToken_givenAsToken() throws Exception {
        DockerConfigLogins logins = config("{\"auths\": {\"registry.example.com\": {\"identitytoken\": \"tok\"}}}");
        RegistryCredentials login = logins.find("registry.example.com").orElseThrow();
        assertEquals(RegistryCredentials.IDENTITY_TOKEN, login.username());
        assertEquals("tok", login.authConfig("registry.example.com").getIdentitytoken());
    }

    @Test
    void find_noFile_none() throws OfflineDockerException {
        assertEquals(Optional.empty(), new DockerConfigLogins(directory.resolve("absent.json")).find("r.example.com"));
    }

    @Test
    void find_markerBesideAStoreWithoutItsHelper_failsNamingHelperRegistryAndFix() throws IOException {
        // What 'docker login' leaves with a credsStore: an empty entry; the login is the helper's.
        DockerConfigLogins logins = config("{\"credsStore\": \"offline-docker-test-absent\","
                + " \"auths\": {\"registry.example.com\": {}}}");
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> logins.find("registry.example.com"));
        assertTrue(e.getMessage().contains("credsStore of " + directory.resolve("config.json")), e.getMessage());
        assertTrue(e.getMessage().contains("docker-credential-offline-docker-test-absent cannot be run"),
                e.getMessage());
        assertTrue(e.getMessage().contains("<server> with <id>registry.example.com</id>"), e.getMessage());
    }

    @Test
    void find_credHelperOfAnotherHost_notAsked() throws Exception {
        DockerConfigLogins logins = config("{\"credHelpers\": {\"gcr.io\": \"offline-docker-test-absent\"},"
                + " \"auths\": {\"registry.example.com\": {\"auth\": \"" + auth("a:b") + "\"}}}");
        assertEquals("a", logins.find("registry.example.com").orElseThrow().username());
        assertThrows(ConfigurationException.class, () -> logins.find("gcr.io"));
    }

    @Test
    void find_notJson_failsNamingTheFile() throws IOException {
        DockerConfigLogins logins = config("{auths");
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> logins.find("r.example.com"));
        assertTrue(e.getMessage().contains(directory.resolve("config.json") + " cannot be read as JSON"),
                e.getMessage());
    }

    @Test
    void find_authNotUserColonPassword_failsSayingLogInAgain() throws IOException {
        DockerConfigLogins logins = config("{\"auths\": {\"r.example.com\": {\"auth\": \"" + auth("nocolon") + "\"}}}");
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> logins.find("r.example.com"));
        assertTrue(e.getMessage().contains("docker login r.example.com"), e.getMessage());
        assertTrue(!e.getMessage().contains("nocolon"), "the message must not quote the login");
    }

    @Test
    void host_keysAsDockerWritesThem() {
        assertEquals("registry.example.com:5000", DockerConfigLogins.host("https://registry.example.com:5000/v1/"));
        assertEquals("registry.example.com", DockerConfigLogins.host("registry.example.com/some/path"));
        assertEquals(ImageName.DOCKER_HUB, DockerConfigLogins.host("https://index.docker.io/v1/"));
        assertEquals(ImageName.DOCKER_HUB, DockerConfigLogins.host("registry-1.docker.io"));
    }
}
