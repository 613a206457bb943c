package io.github.offlinedocker.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestProvidersTest {

    @Test
    void choosesProvider_surefireAndFailsafeOnly() {
        assertTrue(TestProviders.choosesProvider("org.apache.maven.plugins", "maven-surefire-plugin"));
        assertTrue(TestProviders.choosesProvider("org.apache.maven.plugins", "maven-failsafe-plugin"));
        assertFalse(TestProviders.choosesProvider("org.apache.maven.plugins", "maven-jar-plugin"));
    }

    @Test
    void forTestClasspath_jupiterAggregate_platformProviderAndAlignedLauncher() {
        Map<String, String> classpath = Map.of(
                "org.junit.jupiter:junit-jupiter-api", "5.10.2",
                "org.junit.jupiter:junit-jupiter-engine", "5.10.2",
                "org.junit.platform:junit-platform-commons", "1.10.2",
                "org.junit.platform:junit-platform-engine", "1.10.2");
        assertEquals(List.of(
                        "org.apache.maven.surefire:surefire-junit-platform:3.2.5",
                        "org.junit.platform:junit-platform-launcher:1.10.2"),
                TestProviders.forTestClasspath("3.2.5", classpath, false, List.of()).orElseThrow());
    }

    @Test
    void forTestClasspath_jupiterApiOnly_addsEngine() {
        Map<String, String> classpath = Map.of(
                "org.junit.jupiter:junit-jupiter-api", "5.9.0",
                "org.junit.platform:junit-platform-commons", "1.9.0",
                "org.junit.platform:junit-platform-launcher", "1.9.0");
        assertEquals(List.of(
                        "org.apache.maven.surefire:surefire-junit-platform:3.1.2",
                        "org.junit.jupiter:junit-jupiter-engine:5.9.0"),
                TestProviders.forTestClasspath("3.1.2", classpath, false, List.of()).orElseThrow());
    }

    @Test
    void forTestClasspath_testngWinsOverJUnit() {
        Map<String, String> classpath = Map.of("org.testng:testng", "7.8.0", "junit:junit", "4.13.2");
        assertEquals(List.of("org.apache.maven.surefire:surefire-testng:3.2.5"),
                TestProviders.forTestClasspath("3.2.5", classpath, false, List.of()).orElseThrow());
    }

    @Test
    void forTestClasspath_junit4_plainOrParallel() {
        Map<String, String> classpath = Map.of("junit:junit", "4.13.2");
        assertEquals(List.of("org.apache.maven.surefire:surefire-junit4:3.2.5"),
                TestProviders.forTestClasspath("3.2.5", classpath, false, List.of()).orElseThrow());
        assertEquals(List.of("org.apache.maven.surefire:surefire-junit47:3.2.5"),
                TestProviders.forTestClasspath("3.2.5", classpath, true, List.of()).orElseThrow());
    }

    @Test
    void forTestClasspath_junit3OrNothing_junit3Provider() {
        assertEquals(List.of("org.apache.maven.surefire:surefire-junit3:2.22.2"),
                TestProviders.forTestClasspath("2.22.2", Map.of("junit:junit", "3.8.2"), false, List.of()).orElseThrow());
        assertEquals(List.of("org.apache.maven.surefire:surefire-junit3:2.22.2"),
                TestProviders.forTestClasspath("2.22.2", Map.of(), false, List.of()).orElseThrow());
    }

    @Test
    void forTestClasspath_beforePlatformProvider_junit3ForJupiter() {
        Map<String, String> classpath = Map.of(
                "org.junit.jupiter:junit-jupiter-api", "5.10.2", "org.junit.platform:junit-platform-commons", "1.10.2");
        assertEquals(List.of("org.apache.maven.surefire:surefire-junit3:2.12.4"),
                TestProviders.forTestClasspath("2.12.4", classpath, false, List.of()).orElseThrow());
    }

    @Test
    void forTestClasspath_surefire222_jupiterApiWithoutEngine_junit3() {
        Map<String, String> apiOnly = Map.of(
                "org.junit.jupiter:junit-jupiter-api", "5.11.4", "org.junit.platform:junit-platform-commons", "1.11.4");
        assertEquals(List.of("org.apache.maven.surefire:surefire-junit3:2.22.2"),
                TestProviders.forTestClasspath("2.22.2", apiOnly, false, List.of()).orElseThrow());
        assertEquals(List.of("org.apache.maven.surefire:surefire-junit-platform:3.0.0",
                        "org.junit.platform:junit-platform-launcher:1.11.4",
                        "org.junit.jupiter:junit-jupiter-engine:5.11.4"),
                TestProviders.forTestClasspath("3.0.0", apiOnly, false, List.of()).orElseThrow());
    }

    @Test
    void forTestClasspath_surefire36_junit4ThroughVintageAtSurefiresJUnitVersion(@TempDir Path dir) throws IOException {
        List<Path> plugin = List.of(surefireCommon(dir, "5.14.4"));
        assertEquals(List.of(
                        "org.apache.maven.surefire:surefire-junit-platform:3.6.1",
                        "org.junit.vintage:junit-vintage-engine:5.14.4",
                        "org.junit.platform:junit-platform-launcher:1.14.4"),
                TestProviders.forTestClasspath("3.6.1", Map.of("junit:junit", "4.13.2"), false, plugin).orElseThrow());
    }

    @Test
    void forTestClasspath_surefire36_testngEngineAndBothLaunchers(@TempDir Path dir) throws IOException {
        List<Path> plugin = List.of(surefireCommon(dir, "6.0.1"));
        Map<String, String> classpath = Map.of(
                "org.testng:testng", "7.10.2", "org.junit.platform:junit-platform-commons", "1.11.0");
        assertEquals(List.of(
                        "org.apache.maven.surefire:surefire-junit-platform:3.6.0",
                        "org.junit.support:testng-engine:1.1.0",
                        "org.junit.platform:junit-platform-launcher:1.11.0",
                        "org.junit.platform:junit-platform-launcher:6.0.1"),
                TestProviders.forTestClasspath("3.6.0", classpath, false, plugin).orElseThrow());
    }

    @Test
    void forTestClasspath_surefire36WithoutItsMetadata_notClaimed() {
        assertEquals(Optional.empty(),
                TestProviders.forTestClasspath("3.6.1", Map.of("junit:junit", "4.13.2"), false, List.of()));
    }

    @Test
    void claims_provenLinesOnly() {
        assertTrue(TestProviders.claims("2.12.4"));
        assertFalse(TestProviders.claims("3.0.0-M5"));
        assertTrue(TestProviders.claims("3.6.1"));
        assertFalse(TestProviders.claims("2.12.3"));
        assertFalse(TestProviders.claims("3.7.0"));
        assertFalse(TestProviders.claims("4.0.0-beta-1"));
        assertFalse(TestProviders.claims("RELEASE"));
    }

    @Test
    void platformOf_junit5And6() {
        assertEquals("1.14.4", TestProviders.platformOf("5.14.4"));
        assertEquals("6.0.1", TestProviders.platformOf("6.0.1"));
    }

    /** A jar holding what maven-surefire-common 3.6 holds: its default JUnit version. */
    private static Path surefireCommon(Path dir, String junitVersion) throws IOException {
        Path jar = dir.resolve("maven-surefire-common.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new ZipEntry("surefire.junit.version.properties"));
            out.write(("# license header\njunit.version=" + junitVersion + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return jar;
    }

    @Test
    void isAtLeast_comparesMajorAndMinor() {
        assertTrue(TestProviders.isAtLeast("4.7", 4, 7));
        assertTrue(TestProviders.isAtLeast("4.13.2", 4, 7));
        assertFalse(TestProviders.isAtLeast("4.5", 4, 7));
        assertFalse(TestProviders.isAtLeast("unknown", 4, 7));
    }
}
