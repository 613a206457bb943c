package io.github.offlinedocker.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * What surefire and failsafe resolve while they run, not declared anywhere Maven's models show: the provider
 * that matches the test framework on the test class path, and the JUnit Platform launcher and engines it adds.
 *
 * <p>A copy of the plugins' own choice, which changed twice: before 2.22 there is no JUnit Platform provider; from
 * 2.22 to 3.5 the choice is TestNG before the JUnit Platform before JUnit 4.7+ (with parallel execution) before
 * JUnit 4 before JUnit 3; from 3.6 every framework runs on the JUnit Platform, through the vintage and TestNG
 * engines, at the JUnit version surefire's own {@code surefire.junit.version.properties} names. The copy claims
 * only the lines the {@code closure-test-providers} IT proves against the real plugins (the newest release Central
 * serves included); for any other version {@link #forTestClasspath} answers empty and the closure is recorded.
 */
public final class TestProviders {

    private static final String SUREFIRE_GROUP = "org.apache.maven.surefire";
    /** Where maven-surefire-common 3.6+ keeps the JUnit version it resolves engines at. */
    private static final String JUNIT_VERSION_RESOURCE = "surefire.junit.version.properties";
    /** The TestNG engine surefire 3.6 adds; a constant of its code. */
    private static final String TESTNG_ENGINE = "org.junit.support:testng-engine:1.1.0";

    private TestProviders() {}

    /** Whether {@code groupId:artifactId} is a plugin that chooses a test provider at run time. */
    public static boolean choosesProvider(String groupId, String artifactId) {
        return "org.apache.maven.plugins".equals(groupId)
                && ("maven-surefire-plugin".equals(artifactId) || "maven-failsafe-plugin".equals(artifactId));
    }

    /**
     * Whether these rules are proven for {@code pluginVersion}: the releases from 2.12.4 (Maven 3.8's default) to
     * 3.6.x, milestones left out.
     */
    public static boolean claims(String pluginVersion) {
        int[] version = pluginVersion.matches("\\d+(\\.\\d+)*") ? majorMinorPatch(pluginVersion) : null;
        return version != null && compare(version, 2, 12, 4) >= 0 && compare(version, 3, 7, 0) < 0;
    }

    /**
     * The artifacts, as {@code groupId:artifactId:version}, to resolve with their dependencies, or empty when
     * the rules do not claim {@code pluginVersion} (or the plugin's own metadata they read is missing).
     *
     * @param pluginVersion   the surefire or failsafe version (providers share it)
     * @param testClasspath   the project's resolved dependencies of every scope, {@code groupId:artifactId} to version
     * @param parallel        whether the plugin is configured with {@code parallel}, which selects JUnit 4.7's provider
     * @param pluginClasspath the plugin's resolved jars, where 3.6 keeps its default JUnit version
     */
    public static Optional<List<String>> forTestClasspath(String pluginVersion, Map<String, String> testClasspath,
            boolean parallel, List<Path> pluginClasspath) {
        if (!claims(pluginVersion)) {
            return Optional.empty();
        }
        int[] version = majorMinorPatch(pluginVersion);
        if (compare(version, 3, 6, 0) >= 0) {
            return defaultJunitVersion(pluginClasspath)
                    .map(junit -> onJUnitPlatformOnly(pluginVersion, testClasspath, junit));
        }
        // 2.22 runs the JUnit Platform for its engine only; 3.0 for the Jupiter API too (adding the engine).
        boolean onPlatform = compare(version, 3, 0, 0) >= 0
                ? platformVersion(testClasspath) != null
                        || testClasspath.containsKey("org.junit.jupiter:junit-jupiter-api")
                : compare(version, 2, 22, 0) >= 0
                        && testClasspath.containsKey("org.junit.platform:junit-platform-engine");
        return Optional.of(byFramework(pluginVersion, testClasspath, parallel, onPlatform));
    }

    /** Surefire 2.12.4 to 3.5: one provider per framework. */
    private static List<String> byFramework(String pluginVersion, Map<String, String> testClasspath,
            boolean parallel, boolean onPlatform) {
        List<String> artifacts = new ArrayList<>();
        String platform = platformVersion(testClasspath);
        String junit = testClasspath.get("junit:junit");
        if (testClasspath.containsKey("org.testng:testng")) {
            artifacts.add(provider("surefire-testng", pluginVersion));
        } else if (onPlatform) {
            artifacts.add(provider("surefire-junit-platform", pluginVersion));
            if (platform != null && !testClasspath.containsKey("org.junit.platform:junit-platform-launcher")) {
                artifacts.add("org.junit.platform:junit-platform-launcher:" + platform);
            }
            addJupiterEngine(testClasspath, artifacts);
        } else if (junit != null && !junit.startsWith("3.")) {
            boolean junit47 = parallel && isAtLeast(junit, 4, 7);
            artifacts.add(provider(junit47 ? "surefire-junit47" : "surefire-junit4", pluginVersion));
        } else {
            // JUnit 3, and surefire's plain POJO provider when no framework is declared.
            artifacts.add(provider("surefire-junit3", pluginVersion));
        }
        return artifacts;
    }

    /**
     * Surefire 3.6 on: the JUnit Platform provider, the engines a framework needs (vintage for JUnit 4, the TestNG
     * engine, Jupiter's for its API alone) and a launcher. Where surefire aligns versions with the project's, both
     * candidates are listed: the repository then holds whichever it keeps.
     */
    private static List<String> onJUnitPlatformOnly(
            String pluginVersion, Map<String, String> testClasspath, String defaultJunit) {
        List<String> artifacts = new ArrayList<>();
        artifacts.add(provider("surefire-junit-platform", pluginVersion));
        addJupiterEngine(testClasspath, artifacts);
        if (testClasspath.containsKey("junit:junit")
                && !testClasspath.containsKey("org.junit.vintage:junit-vintage-engine")) {
            artifacts.add("org.junit.vintage:junit-vintage-engine:" + defaultJunit);
        }
        if (testClasspath.containsKey("org.testng:testng")
                && !testClasspath.containsKey("org.junit.support:testng-engine")) {
            artifacts.add(TESTNG_ENGINE);
        }
        if (!testClasspath.containsKey("org.junit.platform:junit-platform-launcher")) {
            String platform = platformVersion(testClasspath);
            if (platform != null) {
                artifacts.add("org.junit.platform:junit-platform-launcher:" + platform);
            }
            String defaultPlatform = platformOf(defaultJunit);
            if (!defaultPlatform.equals(platform)) {
                artifacts.add("org.junit.platform:junit-platform-launcher:" + defaultPlatform);
            }
        }
        return artifacts;
    }

    private static void addJupiterEngine(Map<String, String> testClasspath, List<String> artifacts) {
        String jupiterApi = testClasspath.get("org.junit.jupiter:junit-jupiter-api");
        if (jupiterApi != null && !testClasspath.containsKey("org.junit.jupiter:junit-jupiter-engine")) {
            artifacts.add("org.junit.jupiter:junit-jupiter-engine:" + jupiterApi);
        }
    }

    /**
     * The JUnit version surefire 3.6+ resolves its engines at, read from {@value #JUNIT_VERSION_RESOURCE} in the
     * plugin's own jars (maven-surefire-common).
     */
    static Optional<String> defaultJunitVersion(List<Path> pluginClasspath) {
        for (Path jar : pluginClasspath) {
            if (!jar.getFileName().toString().endsWith(".jar")) {
                continue;
            }
            try (JarFile file = new JarFile(jar.toFile())) {
                ZipEntry entry = file.getEntry(JUNIT_VERSION_RESOURCE);
                if (entry != null) {
                    try (InputStream in = file.getInputStream(entry)) {
                        Properties properties = new Properties();
                        properties.load(in);
                        return Optional.ofNullable(properties.getProperty("junit.version"));
                    }
                }
            } catch (IOException e) {
                // Not a readable jar: the others may still hold it.
            }
        }
        return Optional.empty();
    }

    /** JUnit 5.x.y runs on platform 1.x.y; from JUnit 6 both share one version. */
    static String platformOf(String junitVersion) {
        return junitVersion.startsWith("5.") ? "1." + junitVersion.substring(2) : junitVersion;
    }

    private static String platformVersion(Map<String, String> testClasspath) {
        String commons = testClasspath.get("org.junit.platform:junit-platform-commons");
        return commons != null ? commons : testClasspath.get("org.junit.platform:junit-platform-engine");
    }

    /** Whether a {@code major.minor…} version is at least {@code major.minor}; unparsable versions are not. */
    static boolean isAtLeast(String version, int major, int minor) {
        int[] parts = majorMinorPatch(version);
        return parts != null && compare(parts, major, minor, 0) >= 0;
    }

    /** The leading {@code major.minor.patch} numbers (missing ones 0), or null when the version does not start so. */
    private static int[] majorMinorPatch(String version) {
        String[] parts = version.split("[.-]");
        int[] numbers = new int[3];
        try {
            numbers[0] = Integer.parseInt(parts[0]);
            for (int i = 1; i < 3 && i < parts.length; i++) {
                if (!parts[i].chars().allMatch(Character::isDigit) || parts[i].isEmpty()) {
                    break;
                }
                numbers[i] = Integer.parseInt(parts[i]);
            }
            return numbers;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int compare(int[] version, int major, int minor, int patch) {
        int[] other = {major, minor, patch};
        for (int i = 0; i < 3; i++) {
            if (version[i] != other[i]) {
                return Integer.compare(version[i], other[i]);
            }
        }
        return 0;
    }

    private static String provider(String artifactId, String version) {
        return SUREFIRE_GROUP + ":" + artifactId + ":" + version;
    }
}
