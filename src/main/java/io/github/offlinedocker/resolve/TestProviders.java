package io.github.offlinedocker.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What surefire and failsafe resolve while they run, not declared anywhere Maven's models show: the provider
 * that matches the test framework on the test class path, and for the JUnit Platform a launcher (and an engine
 * when only the Jupiter API is declared) aligned with the platform version the tests use.
 *
 * <p>Mirrors the plugins' own provider choice, which is stable since surefire 2.22: TestNG before the JUnit
 * Platform before JUnit 4.7+ (with parallel execution) before JUnit 4 before JUnit 3.
 */
public final class TestProviders {

    private static final String SUREFIRE_GROUP = "org.apache.maven.surefire";

    private TestProviders() {}

    /** Whether {@code groupId:artifactId} is a plugin that chooses a test provider at run time. */
    public static boolean choosesProvider(String groupId, String artifactId) {
        return "org.apache.maven.plugins".equals(groupId)
                && ("maven-surefire-plugin".equals(artifactId) || "maven-failsafe-plugin".equals(artifactId));
    }

    /**
     * The artifacts, as {@code groupId:artifactId:version}, to resolve with their dependencies.
     *
     * @param pluginVersion the surefire or failsafe version (providers share it)
     * @param testClasspath the project's resolved dependencies of every scope, {@code groupId:artifactId} to version
     * @param parallel      whether the plugin is configured with {@code parallel}, which selects JUnit 4.7's provider
     */
    public static List<String> forTestClasspath(
            String pluginVersion, Map<String, String> testClasspath, boolean parallel) {
        List<String> artifacts = new ArrayList<>();
        String platform = platformVersion(testClasspath);
        String jupiterApi = testClasspath.get("org.junit.jupiter:junit-jupiter-api");
        String junit = testClasspath.get("junit:junit");
        if (testClasspath.containsKey("org.testng:testng")) {
            artifacts.add(provider("surefire-testng", pluginVersion));
        } else if (platform != null || jupiterApi != null) {
            artifacts.add(provider("surefire-junit-platform", pluginVersion));
            if (platform != null && !testClasspath.containsKey("org.junit.platform:junit-platform-launcher")) {
                artifacts.add("org.junit.platform:junit-platform-launcher:" + platform);
            }
            if (jupiterApi != null && !testClasspath.containsKey("org.junit.jupiter:junit-jupiter-engine")) {
                artifacts.add("org.junit.jupiter:junit-jupiter-engine:" + jupiterApi);
            }
        } else if (junit != null && junit.startsWith("3.")) {
            artifacts.add(provider("surefire-junit3", pluginVersion));
        } else if (junit != null) {
            boolean junit47 = parallel && isAtLeast(junit, 4, 7);
            artifacts.add(provider(junit47 ? "surefire-junit47" : "surefire-junit4", pluginVersion));
        } else {
            // Surefire falls back to its plain JUnit 3 / POJO provider when no framework is declared.
            artifacts.add(provider("surefire-junit3", pluginVersion));
        }
        return artifacts;
    }

    private static String platformVersion(Map<String, String> testClasspath) {
        String commons = testClasspath.get("org.junit.platform:junit-platform-commons");
        return commons != null ? commons : testClasspath.get("org.junit.platform:junit-platform-engine");
    }

    /** Whether a {@code major.minor…} version is at least {@code major.minor}; unparsable versions are not. */
    static boolean isAtLeast(String version, int major, int minor) {
        String[] parts = version.split("[.-]");
        try {
            int actualMajor = Integer.parseInt(parts[0]);
            int actualMinor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            return actualMajor > major || (actualMajor == major && actualMinor >= minor);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String provider(String artifactId, String version) {
        return SUREFIRE_GROUP + ":" + artifactId + ":" + version;
    }
}
