package io.github.offlinedocker.image;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.offlinedocker.ConfigurationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DockerfileSpecTest {

    private static final BuiltApplication APPLICATION = new BuiltApplication("target/app.jar", List.of(), false);

    private static DockerfileSpec spec(String builderImage, List<String> builderJvmFlags, String user) {
        return new DockerfileSpec(builderImage, builderJvmFlags, List.of("package"), new JarLayout(), APPLICATION,
                new RuntimeStage("jre:17", user, List.of(), Map.of(), List.of(), List.of()), Map.of(), null);
    }

    @Test
    void check_validSettings_passes() {
        assertDoesNotThrow(() -> spec("jdk:17", List.of("-XX:TieredStopAtLevel=1", "-Dgreeting=a=b"), "app").check());
        assertDoesNotThrow(() -> spec("jdk:17", List.of(), "app").check());
    }

    @Test
    void check_builderJvmFlagWithSpace_namesElementAndValue() {
        for (String flag : List.of("-Xmx1g -Xss1m", "-Dname=two words", " -Xmx1g")) {
            ConfigurationException e = assertThrows(ConfigurationException.class,
                    () -> spec("jdk:17", List.of(flag), "app").check());
            assertTrue(e.getMessage().startsWith("<builderJvmFlags> '" + flag + "'"), e.getMessage());
        }
    }

    @Test
    void check_badBuilderImage_namesElement() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> spec("JDK 17", List.of(), "app").check());
        assertTrue(e.getMessage().contains("<builderImage>"), e.getMessage());
    }

    @Test
    void check_badRuntimeSetting_checksTheRuntimeStage() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> spec("jdk:17", List.of(), "root user").check());
        assertTrue(e.getMessage().startsWith("<user> 'root user'"), e.getMessage());
    }

    @Test
    void checkSecrets_credentialInAnElement_namesTheElement() {
        KnownSecrets secrets = new KnownSecrets(List.of(new KnownSecrets.Secret(
                "the password of the <server> with <id>private-repo</id>", "u", "Canary-p4ssw0rd")));
        DockerfileSpec inBuilderFlags = spec("jdk:17", List.of("-Drepo.password=Canary-p4ssw0rd"), "app");
        RuntimeStage runtime = new RuntimeStage("jre:17", "app", List.of(), Map.of("REPO_PASSWORD",
                "Canary-p4ssw0rd"), List.of(), List.of());
        DockerfileSpec inEnvironment = new DockerfileSpec("jdk:17", List.of(), List.of("package"), new JarLayout(),
                APPLICATION, runtime, Map.of(), null);

        assertTrue(assertThrows(ConfigurationException.class, () -> inBuilderFlags.checkSecrets(secrets)).getMessage()
                .startsWith("<builderJvmFlags> holds the password of the <server> with <id>private-repo</id>"));
        assertTrue(assertThrows(ConfigurationException.class, () -> inEnvironment.checkSecrets(secrets)).getMessage()
                .startsWith("<environment><REPO_PASSWORD> holds the password"));
        assertDoesNotThrow(() -> spec("jdk:17", List.of("-Xmx1g"), "app").checkSecrets(secrets));
    }

    @Test
    void checkSecrets_credentialInTheHostsUserProperty_namesThePropertyNotTheValue() {
        KnownSecrets secrets = new KnownSecrets(List.of(new KnownSecrets.Secret(
                "the password of the <server> with <id>private-repo</id>", "u", "Canary-p4ssw0rd")));
        DockerfileSpec spec = new DockerfileSpec("jdk:17", List.of(), List.of("-Pprod", "-Drepo.pat=Canary-p4ssw0rd",
                "package"), new JarLayout(), APPLICATION, new RuntimeStage("jre:17", "app", List.of(), Map.of(),
                List.of(), List.of()), Map.of(), null);

        String message = assertThrows(ConfigurationException.class, () -> spec.checkSecrets(secrets)).getMessage();

        assertTrue(message.startsWith("The user property -Drepo.pat of your Maven command line or .mvn/maven.config,"
                + " which the builder stage's mvn repeats, holds the password of the <server> with"
                + " <id>private-repo</id>"), message);
        assertTrue(!message.contains("Canary-p4ssw0rd"), message);
    }
}
