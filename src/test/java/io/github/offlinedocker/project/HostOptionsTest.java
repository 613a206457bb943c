package io.github.offlinedocker.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class HostOptionsTest {

    private static Properties properties(String... nameValues) {
        Properties properties = new Properties();
        for (int i = 0; i < nameValues.length; i += 2) {
            properties.setProperty(nameValues[i], nameValues[i + 1]);
        }
        return properties;
    }

    @Test
    void of_profiles_keepsThoseOfPomsAndDropsSettingsOnes() {
        HostOptions options = HostOptions.of(List.of("prod", "corp-repos", "optional-missing", "prod"),
                List.of("extras", "corp-mirror"), Set.of("prod", "extras"), Set.of("corp-repos", "corp-mirror"),
                properties());

        assertEquals(List.of("prod"), options.activeProfiles());
        assertEquals(List.of("extras"), options.inactiveProfiles());
        assertEquals(List.of("-Pprod,!extras"), options.arguments());
    }

    @Test
    void of_userProperties_passesTheBuildsOwnSorted() {
        HostOptions options = HostOptions.of(List.of(), List.of(), Set.of(), Set.of(),
                properties("skipTests", "true", "revision", "2.1.0", "greeting", "a=b c"));

        assertEquals(List.of("-Dgreeting=a=b c", "-Drevision=2.1.0", "-DskipTests=true"), options.arguments());
        assertEquals("properties greeting, revision, skipTests", options.describe());
    }

    @Test
    void of_hostOnlyProperties_leftOutSilently() {
        HostOptions options = HostOptions.of(List.of(), List.of(), Set.of(), Set.of(), properties(
                "maven.repo.local", "/home/me/.m2/repository", "maven.repo.local.tail", "/srv/repo",
                "maven.multiModuleProjectDirectory", "/home/me/app", "maven.user.conf", "/home/me/.m2",
                "maven.project.conf", "/home/me/app/.mvn", "maven.installation.conf", "/opt/maven/conf",
                "session.rootDirectory", "/home/me/app", "settings.security", "/home/me/.m2/sec.xml",
                "aether.connector.basic.threads", "8", "maven.resolver.transport", "wagon",
                "offline-docker.noCache", "true", "os.detected.classifier", "osx-x86_64", "revision", "2.1.0"));

        assertEquals(new TreeMap<>(Map.of("revision", "2.1.0")), options.properties());
        assertTrue(options.secretNames().isEmpty());
    }

    @Test
    void of_secretNames_leftOutAndNamed() {
        HostOptions options = HostOptions.of(List.of(), List.of(), Set.of(), Set.of(), properties(
                "gpg.passphrase", "x1", "sonar.login", "x2", "npmToken", "x3", "db.PASSWORD", "x4",
                "my.api-key", "x5", "client.secret", "x6", "app.name", "shop"));

        assertEquals(Set.of("gpg.passphrase", "sonar.login", "npmToken", "db.PASSWORD", "my.api-key",
                "client.secret"), options.secretNames());
        assertEquals(List.of("-Dapp.name=shop"), options.arguments());
        assertFalse(options.describe().contains("x1"), options.describe());
    }

    @Test
    void arguments_none_empty() {
        assertEquals(List.of(), HostOptions.NONE.arguments());
        assertEquals("", HostOptions.NONE.describe());
    }

    @Test
    void describe_profilesAndPropertyNames() {
        HostOptions options = new HostOptions(List.of("prod"), List.of("extras"),
                new TreeMap<>(Map.of("revision", "2.1.0")), Set.of());
        assertEquals("profiles prod, !extras; properties revision", options.describe());
    }
}
