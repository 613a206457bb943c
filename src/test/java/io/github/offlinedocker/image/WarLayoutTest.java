package io.github.offlinedocker.image;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.offlinedocker.ConfigurationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WarLayoutTest {

    private static final BuiltApplication WAR = new BuiltApplication("web/target/web-1.0.war", List.of(), true);

    @Test
    void exploded_libraryLayerBeforeTheApplication() {
        WarLayout layout = new WarLayout("web/target/web-1.0", WarLayout.DEFAULT_DEPLOYMENT);
        assertEquals(List.of(List.of("sh", "-c", "mkdir -p \"$1/WEB-INF/lib\" \"$2\" && mv \"$1/WEB-INF/lib\" \"$2/\"",
                "sh", "web/target/web-1.0", "web/target/offline-docker-layers")), layout.builderCommands(WAR));
        assertEquals(List.of(new RuntimeCopy.FromBuilder("web/target/offline-docker-layers/lib/",
                "/usr/local/tomcat/webapps/ROOT/WEB-INF/lib/")), layout.dependencyCopies(WAR));
        assertEquals(List.of(new RuntimeCopy.FromBuilder("web/target/web-1.0/", "/usr/local/tomcat/webapps/ROOT/")),
                layout.applicationCopies(WAR));
    }

    @Test
    void warFile_oneCopyOfTheArchive() {
        WarLayout layout = new WarLayout("web/target/web-1.0", "/var/lib/jetty/webapps/ROOT.war");
        assertEquals(List.of(), layout.builderCommands(WAR));
        assertEquals(List.of(), layout.dependencyCopies(WAR));
        assertEquals(List.of(new RuntimeCopy.FromBuilder("web/target/web-1.0.war", "/var/lib/jetty/webapps/ROOT.war")),
                layout.applicationCopies(WAR));
    }

    @Test
    void launch_theContainersOwnCommandWithTheJvmFlagsForEveryJvm() {
        WarLayout layout = new WarLayout("target/web", WarLayout.DEFAULT_DEPLOYMENT);
        assertEquals(List.of(), layout.launch(List.of("-Xmx1g")));
        assertEquals(Map.of("JAVA_TOOL_OPTIONS", "-Xmx1g -Dnote=a"), layout.environment(List.of("-Xmx1g", "-Dnote=a")));
        assertEquals(Map.of(), layout.environment(List.of()));
        assertEquals(null, layout.workingDirectory());
        assertEquals("tomcat:10.1-jre21", layout.defaultRuntimeImage(21));
    }

    @Test
    void check_deploymentNotAnAbsolutePath_namesElementAndValue() {
        assertDoesNotThrow(() -> new WarLayout("target/web", "/opt/jetty-base/webapps/ROOT.war").check());
        for (String bad : List.of("webapps/ROOT", "/usr/local/tomcat/web apps", "/", "")) {
            assertEquals("<warDeployment> '" + bad + "' is not an absolute path in the image: give the folder the"
                            + " servlet container deploys the application from, e.g. '/usr/local/tomcat/webapps/ROOT',"
                            + " or a path ending in .war there.",
                    assertThrows(ConfigurationException.class, () -> new WarLayout("target/web", bad).check())
                            .getMessage());
        }
    }
}
