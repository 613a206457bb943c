package io.github.offlinedocker.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DownloadingPluginsTest {

    private static final String FRONTEND = "frontend-maven-plugin";

    @Test
    void of_frontendInstallerAndPackageManager_outsideWithWhatToDo() {
        RunTimeResolution.Outside node = DownloadingPlugins.of("com.github.eirslett", FRONTEND, "install-node-and-yarn",
                false).orElseThrow();
        RunTimeResolution.Outside npm = DownloadingPlugins.of("com.github.eirslett", FRONTEND, "npm", false)
                .orElseThrow();

        assertTrue(node.what().contains("nodejs.org"), node.what());
        assertEquals("the packages 'npm' fetches from its registry", npm.what());
        assertTrue(npm.instead().contains("-Dskip.installnodenpm -Dskip.npm"), npm.instead());
    }

    @Test
    void of_skippedOrOtherGoalOrPlugin_nothing() {
        assertEquals(Optional.empty(), DownloadingPlugins.of("com.github.eirslett", FRONTEND, "npm", true));
        assertEquals(Optional.empty(), DownloadingPlugins.of("com.github.eirslett", FRONTEND, "help", false));
        assertEquals(Optional.empty(), DownloadingPlugins.of("org.apache.maven.plugins", "maven-jar-plugin", "jar",
                false));
    }
}
