package io.github.offlinedocker.resolve;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.offlinedocker.ConfigurationException;
import java.util.List;
import org.eclipse.aether.repository.RemoteRepository;
import org.junit.jupiter.api.Test;

class RepositoryUrlsTest {

    private static RemoteRepository repository(String id, String url) {
        return new RemoteRepository.Builder(id, "default", url).build();
    }

    @Test
    void checkNoCredentials_plainUrls_passes() {
        assertDoesNotThrow(() -> RepositoryUrls.checkNoCredentials(List.of(
                repository("central", "https://repo.example.org/maven2/"),
                repository("private", "http://127.0.0.1:18081/releases/"))));
    }

    @Test
    void checkNoCredentials_passwordInUrl_refusedMaskedWithTheFix() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> RepositoryUrls.checkNoCredentials(
                List.of(repository("private", "https://deployer:Canary-s3cr3t@nexus.example.com/releases/"))));
        assertFalse(e.getMessage().contains("Canary-s3cr3t"), e.getMessage());
        assertTrue(e.getMessage().contains("https://deployer:****@nexus.example.com/releases/"), e.getMessage());
        assertTrue(e.getMessage().contains("settings.xml <server> with <id>private</id>"), e.getMessage());
    }

    @Test
    void checkNoCredentials_tokenInMirroredRepository_refused() {
        RemoteRepository mirror = new RemoteRepository.Builder("mirror", "default", "https://mirror.example.com/")
                .setMirroredRepositories(List.of(repository("gh", "https://ghp_Canary123@maven.example.com/")))
                .build();
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> RepositoryUrls.checkNoCredentials(List.of(mirror)));
        assertTrue(e.getMessage().contains("https://****@maven.example.com/"), e.getMessage());
        assertFalse(e.getMessage().contains("ghp_Canary123"), e.getMessage());
    }

    @Test
    void userInfo_notAUri_stillFound() {
        assertEquals("u:p w", RepositoryUrls.userInfo("https://u:p w@host/x"));
        assertEquals(null, RepositoryUrls.userInfo("https://host/x"));
    }
}
