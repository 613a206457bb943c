package io.github.offlinedocker.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

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
                TestProviders.forTestClasspath("3.2.5", classpath, false));
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
                TestProviders.forTestClasspath("3.1.2", classpath, false));
    }

    @Test
    void forTestClasspath_testngWinsOverJUnit() {
        Map<String, String> classpath = Map.of("org.testng:testng", "7.8.0", "junit:junit", "4.13.2");
        assertEquals(List.of("org.apache.maven.surefire:surefire-testng:3.2.5"),
                TestProviders.forTestClasspath("3.2.5", classpath, false));
    }

    @Test
    void forTestClasspath_junit4_plainOrParallel() {
        Map<String, String> classpath = Map.of("junit:junit", "4.13.2");
        assertEquals(List.of("org.apache.maven.surefire:surefire-junit4:3.2.5"),
                TestProviders.forTestClasspath("3.2.5", classpath, false));
        assertEquals(List.of("org.apache.maven.surefire:surefire-junit47:3.2.5"),
                TestProviders.forTestClasspath("3.2.5", classpath, true));
    }

    @Test
    void forTestClasspath_junit3OrNothing_junit3Provider() {
        assertEquals(List.of("org.apache.maven.surefire:surefire-junit3:2.22.2"),
                TestProviders.forTestClasspath("2.22.2", Map.of("junit:junit", "3.8.2"), false));
        assertEquals(List.of("org.apache.maven.surefire:surefire-junit3:2.22.2"),
                TestProviders.forTestClasspath("2.22.2", Map.of(), false));
    }

    @Test
    void isAtLeast_comparesMajorAndMinor() {
        assertTrue(TestProviders.isAtLeast("4.7", 4, 7));
        assertTrue(TestProviders.isAtLeast("4.13.2", 4, 7));
        assertFalse(TestProviders.isAtLeast("4.5", 4, 7));
        assertFalse(TestProviders.isAtLeast("unknown", 4, 7));
    }
}
