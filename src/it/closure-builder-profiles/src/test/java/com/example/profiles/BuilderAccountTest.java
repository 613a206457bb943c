package com.example.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs in the builder stage: as on a CI runner, not as root, without the host's environment, and with a name for
 * its own host though it has no network.
 */
class BuilderAccountTest {

    @Test
    void builderRunsTestsAsAnAccountTheFileModesHoldTo(@TempDir Path directory) throws Exception {
        // Under 'record' the host runs the tests too, as root.
        assumeTrue("/workspace".equals(System.getProperty("user.dir")), "not in the builder stage");
        assertEquals("builder", System.getProperty("user.name"));
        assertEquals("/home/builder", System.getProperty("user.home"));
        File unreadable = Files.writeString(directory.resolve("unreadable.txt"), "private").toFile();
        unreadable.setReadable(false, false);
        assertFalse(unreadable.canRead(), "root could read it: the builder must not run as root");
        assertNull(System.getenv("OFFLINE_DOCKER_IT_CI"));
    }

    @Test
    void builderNamesItsOwnHostThoughItHasNoNetwork() throws Exception {
        assumeTrue("/workspace".equals(System.getProperty("user.dir")), "not in the builder stage");
        assertTrue(InetAddress.getLocalHost().getAddress()[0] == 127, InetAddress.getLocalHost().toString());
    }
}
