package io.github.offlinedocker.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuarkusLayoutTest {

    private static final BuiltApplication APP = new BuiltApplication("target/app-1.0.jar", List.of(), true);

    @Test
    void fastJar_librariesAndLauncherBeforeTheGeneratedAndTheApplicationsClasses() {
        QuarkusLayout layout = new QuarkusLayout("target/quarkus-app", null);
        assertEquals(List.of(
                        new RuntimeCopy.FromBuilder("target/quarkus-app/lib/boot/", "/app/lib/boot/"),
                        new RuntimeCopy.FromBuilder("target/quarkus-app/lib/main/", "/app/lib/main/"),
                        new RuntimeCopy.FromBuilder("target/quarkus-app/quarkus-run.jar", "/app/quarkus-run.jar")),
                layout.dependencyCopies(APP));
        assertEquals(List.of(
                        new RuntimeCopy.FromBuilder("target/quarkus-app/quarkus/", "/app/quarkus/"),
                        new RuntimeCopy.FromBuilder("target/quarkus-app/app/", "/app/app/")),
                layout.applicationCopies(APP));
        assertEquals(List.of("java", "-Djava.util.logging.manager=org.jboss.logmanager.LogManager", "-Xmx256m",
                "-jar", "/app/quarkus-run.jar"), layout.launch(List.of("-Xmx256m")));
        assertEquals(false, layout.usesLibraries());
    }

    @Test
    void uberJar_oneJarRunWhole() {
        QuarkusLayout layout = new QuarkusLayout("target/quarkus-app", "target/app-1.0-runner.jar");
        assertEquals(List.of(), layout.dependencyCopies(APP));
        assertEquals(List.of(new RuntimeCopy.FromBuilder("target/app-1.0-runner.jar", "/app/app.jar")),
                layout.applicationCopies(APP));
        assertEquals(List.of("java", "-Djava.util.logging.manager=org.jboss.logmanager.LogManager", "-jar",
                "/app/app.jar"), layout.launch(List.of()));
    }
}
