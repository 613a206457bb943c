package io.github.offlinedocker.project;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SecretNamesTest {

    @Test
    void marksSecret_credentialWordsInAnyCase_true() {
        for (String name : List.of("gpg.passphrase", "sonar.login", "NPM_TOKEN", "db.Password", "ci.passwd",
                "vault.secret", "aws.credentials", "stripe.api-key", "apikey", "signing.private_key")) {
            assertTrue(SecretNames.marksSecret(name), name);
        }
    }

    @Test
    void marksSecret_ordinaryNames_false() {
        for (String name : List.of("revision", "skipTests", "greeting.name", "maven.compiler.release", "keystore.type")) {
            assertFalse(SecretNames.marksSecret(name), name);
        }
    }
}
