package io.github.offlinedocker.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.NetworkInterface;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs in the image's builder stage only, and proves that stage had no network but loopback. */
class BuilderIsolationTest {

    @Test
    void builderStage_hasOnlyLoopback() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/var/cache/offline-docker/repository")), "not in the builder stage");
        List<String> interfaces = NetworkInterface.networkInterfaces().map(NetworkInterface::getName).sorted().toList();
        System.out.println("BUILDER-NETWORK-INTERFACES " + interfaces);
        assertEquals(List.of("lo"), interfaces);
    }
}
