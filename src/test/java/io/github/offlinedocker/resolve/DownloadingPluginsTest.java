package io.github.offlinedocker.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Optional;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.junit.jupiter.api.Test;

class DownloadingPluginsTest {

    private static final String FRONTEND = "frontend-maven-plugin";
    private static final String JAVADOC = "maven-javadoc-plugin";

    @Test
    void of_frontendInstallerAndPackageManager_outsideWithWhatToDo() {
        RunTimeResolution.Outside node = DownloadingPlugins.of("com.github.eirslett", FRONTEND, "install-node-and-yarn",
                null, false).orElseThrow();
        RunTimeResolution.Outside npm = DownloadingPlugins.of("com.github.eirslett", FRONTEND, "npm", null, false)
                .orElseThrow();

        assertTrue(node.what().contains("nodejs.org"), node.what());
        assertEquals("the packages 'npm' fetches from its registry", npm.what());
        assertTrue(npm.instead().contains("-Dskip.installnodenpm -Dskip.npm"), npm.instead());
    }

    @Test
    void of_skippedOrOtherGoalOrPlugin_nothing() {
        assertEquals(Optional.empty(), DownloadingPlugins.of("com.github.eirslett", FRONTEND, "npm", null, true));
        assertEquals(Optional.empty(), DownloadingPlugins.of("com.github.eirslett", FRONTEND, "help", null, false));
        assertEquals(Optional.empty(), DownloadingPlugins.of("org.apache.maven.plugins", "maven-jar-plugin", "jar",
                null, false));
    }

    @Test
    void of_javadocRawLinkOptions_outsideNamingEachUrl() throws Exception {
        // failsafe-lib/failsafe's configuration (2.x's additionalparam), and 3.x's additionalOptions list.
        Xpp3Dom twoX = configuration("<additionalparam>-Xdoclint:none -notimestamp"
                + " -link http://docs.oracle.com/javase/8/docs/api/ -link https://failsafe.dev/javadoc/core/"
                + "</additionalparam>");
        Xpp3Dom threeX = configuration("<additionalOptions><additionalOption>-link</additionalOption>"
                + "<additionalOption>-Xdoclint:none</additionalOption></additionalOptions>"
                + "<additionalJOptions><additionalJOption>-link 'https://guava.dev/releases/33.0-jre/api/docs/'"
                + "</additionalJOption></additionalJOptions>");

        RunTimeResolution.Outside failsafe = DownloadingPlugins.of("org.apache.maven.plugins", JAVADOC, "jar", twoX,
                false).orElseThrow();
        RunTimeResolution.Outside guava = DownloadingPlugins.of("org.apache.maven.plugins", JAVADOC, "javadoc",
                threeX, false).orElseThrow();

        assertTrue(failsafe.what().contains("http://docs.oracle.com/javase/8/docs/api/, "
                + "https://failsafe.dev/javadoc/core/"), failsafe.what());
        assertTrue(guava.what().contains("https://guava.dev/releases/33.0-jre/api/docs/"), guava.what());
        assertTrue(failsafe.instead().contains("<links>") && failsafe.instead().contains("-Dmaven.javadoc.skip=true"),
                failsafe.instead());
    }

    @Test
    void of_javadocWithLinksOrLocalLinksOrSkipped_nothing() throws Exception {
        // <links> the plugin leaves out offline; a file: link and -linkoffline read nothing remote.
        Xpp3Dom links = configuration("<links><link>https://docs.oracle.com/en/java/javase/17/docs/api/</link>"
                + "</links><additionalparam>-link file:///opt/api -linkoffline https://x.example/api/ target/x"
                + "</additionalparam>");
        Xpp3Dom remote = configuration("<additionalparam>-link https://x.example/api/</additionalparam>");

        assertEquals(Optional.empty(), DownloadingPlugins.of("org.apache.maven.plugins", JAVADOC, "jar", links, false));
        assertEquals(Optional.empty(), DownloadingPlugins.of("org.apache.maven.plugins", JAVADOC, "jar", remote, true));
    }

    private static Xpp3Dom configuration(String children) throws Exception {
        return Xpp3DomBuilder.build(new StringReader("<configuration>" + children + "</configuration>"));
    }
}
