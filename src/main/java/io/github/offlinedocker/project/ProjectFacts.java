package io.github.offlinedocker.project;

import io.github.offlinedocker.ConfigurationException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/** Reads, from a project's effective model, what the image needs to know about the application. */
public final class ProjectFacts {

    /** The release used when the POM names none: the oldest Java the plugin itself runs on. */
    static final int DEFAULT_JAVA_RELEASE = 17;

    private static final String SPRING_BOOT_PLUGIN = "org.springframework.boot:spring-boot-maven-plugin";
    private static final String WAR_PLUGIN = "org.apache.maven.plugins:maven-war-plugin";

    private final MavenProject project;

    public ProjectFacts(MavenProject project) {
        this.project = project;
    }

    /**
     * The Java release the project compiles for: {@code maven.compiler.release}, the compiler's
     * {@code <release>}, then {@code maven.compiler.target} or {@code <target>} ({@code 1.8} is 8).
     */
    public int javaRelease() {
        return firstOf(
                        property("maven.compiler.release"),
                        compilerParameter("release"),
                        property("maven.compiler.target"),
                        compilerParameter("target"))
                .map(ProjectFacts::parseRelease)
                .orElse(DEFAULT_JAVA_RELEASE);
    }

    /** The Main-Class the jar plugin writes into the manifest, if configured. */
    public Optional<String> manifestMainClass() {
        return pluginConfiguration("org.apache.maven.plugins:maven-jar-plugin")
                .map(c -> c.getChild("archive"))
                .map(c -> c.getChild("manifest"))
                .flatMap(manifest -> PluginConfiguration.value(manifest, "mainClass"));
    }

    /**
     * The version of spring-boot-maven-plugin, which repackages the project's jar into a fat jar with Spring
     * Boot's default layers; fails, saying why and what to change, when the project has no such jar.
     * {@code element} names the setting that asked for the layers, e.g. {@code <springBootLayers>}.
     */
    public String springBootLayeredJarPlugin(String element) throws ConfigurationException {
        Plugin plugin = project.getPlugin(SPRING_BOOT_PLUGIN);
        PluginExecution repackage = plugin == null ? null : plugin.getExecutions().stream()
                .filter(execution -> execution.getGoals().contains("repackage"))
                .findFirst()
                .orElse(null);
        if (repackage == null) {
            throw new ConfigurationException(element + " takes a Spring Boot fat jar apart, but " + project.getId()
                    + " has no execution of spring-boot-maven-plugin's 'repackage' goal, so there is no Spring Boot"
                    + " fat jar to take apart. Remove " + element + ", or add the plugin.");
        }
        // The effective model holds the plugin's own configuration merged into each execution's.
        Xpp3Dom configuration = repackage.getConfiguration() instanceof Xpp3Dom dom ? dom : null;
        Optional<String> classifier = PluginConfiguration.value(configuration, "classifier");
        if (classifier.isPresent()) {
            throw new ConfigurationException(element + " takes the project's jar apart, but"
                    + " spring-boot-maven-plugin writes the fat jar beside it with the classifier '" + classifier.get()
                    + "'. Remove the plugin's <classifier>, or " + element + ".");
        }
        Xpp3Dom layers = configuration == null ? null : configuration.getChild("layers");
        if (PluginConfiguration.value(layers, "enabled").filter("false"::equalsIgnoreCase).isPresent()) {
            throw new ConfigurationException(element + " takes the fat jar's layers apart, but"
                    + " spring-boot-maven-plugin's <layers><enabled> is false, so the fat jar has no layers. Remove"
                    + " one of the two.");
        }
        Optional<String> ownLayers = PluginConfiguration.value(layers, "configuration");
        if (ownLayers.isPresent()) {
            throw new ConfigurationException(element + " copies Spring Boot's default layers, but"
                    + " spring-boot-maven-plugin's <layers><configuration> " + ownLayers.get() + " defines layers"
                    + " of its own. Remove one of the two.");
        }
        return plugin.getVersion();
    }

    /**
     * The exploded web application maven-war-plugin writes before it packs the war: its {@code webappDirectory},
     * by default {@code ${project.build.directory}/${project.build.finalName}}.
     */
    public Path warWebappDirectory() {
        Path basedir = project.getBasedir().toPath();
        return pluginConfiguration(WAR_PLUGIN)
                .flatMap(configuration -> PluginConfiguration.value(configuration, "webappDirectory"))
                .map(basedir::resolve)
                .orElseGet(() -> Path.of(project.getBuild().getDirectory()).resolve(project.getBuild().getFinalName()))
                .toAbsolutePath()
                .normalize();
    }

    /** Whether a plugin with {@code artifactId}, of whichever group, runs {@code goal} in one of its executions. */
    public boolean runsGoal(String artifactId, String goal) {
        return project.getBuildPlugins().stream()
                .filter(plugin -> plugin.getArtifactId().equals(artifactId))
                .flatMap(plugin -> plugin.getExecutions().stream())
                .anyMatch(execution -> execution.getGoals().contains(goal));
    }

    /**
     * The first of the settings {@code keys} that is set: as a POM property, else in the properties file
     * {@code fileName} of the project's resource folders, where frameworks keep their build-time settings.
     */
    public Optional<String> setting(String fileName, String... keys) {
        for (String key : keys) {
            Optional<String> property = property(key);
            if (property.isPresent()) {
                return property;
            }
        }
        for (Resource resource : project.getResources()) {
            Path file = Path.of(resource.getDirectory()).resolve(fileName);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            Properties settings = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                settings.load(reader);
            } catch (IOException e) {
                // An unreadable file is the framework's to report when the build reads it.
                continue;
            }
            for (String key : keys) {
                Optional<String> value = PluginConfiguration.evaluated(settings.getProperty(key));
                if (value.isPresent()) {
                    return value;
                }
            }
        }
        return Optional.empty();
    }

    /** The project's packaging, e.g. {@code jar} or {@code war}. */
    public String packaging() {
        return project.getPackaging();
    }

    /** The image's tags when none are configured: {@code <artifactId>:<version>} and {@code <artifactId>:latest}. */
    public List<String> defaultTags() {
        String name = project.getArtifactId().toLowerCase(Locale.ROOT);
        return List.of(name + ":" + project.getVersion(), name + ":latest");
    }

    /**
     * The image repository of the project's dependency images, {@code offline-docker-dependencies/<groupId>.
     * <artifactId>} with every character a repository name may not hold turned into {@code -}.
     */
    public String dependencyImageRepository() {
        return "offline-docker-dependencies/" + repositoryComponent(project.getGroupId() + "." + project.getArtifactId());
    }

    /** {@code name} as a path component of an image repository: lower case, separators only between letters. */
    static String repositoryComponent(String name) {
        String component = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return component.isEmpty() ? "project" : component;
    }

    static int parseRelease(String value) {
        String release = value.trim();
        if (release.startsWith("1.")) {
            release = release.substring(2);
        }
        try {
            return Integer.parseInt(release);
        } catch (NumberFormatException e) {
            return DEFAULT_JAVA_RELEASE;
        }
    }

    private Optional<String> property(String name) {
        return PluginConfiguration.evaluated(project.getProperties().getProperty(name));
    }

    private Optional<String> compilerParameter(String name) {
        return pluginConfiguration("org.apache.maven.plugins:maven-compiler-plugin")
                .flatMap(configuration -> PluginConfiguration.value(configuration, name));
    }

    private Optional<Xpp3Dom> pluginConfiguration(String key) {
        Plugin plugin = project.getPlugin(key);
        return plugin != null && plugin.getConfiguration() instanceof Xpp3Dom configuration
                ? Optional.of(configuration)
                : Optional.empty();
    }

    @SafeVarargs
    private static Optional<String> firstOf(Optional<String>... candidates) {
        for (Optional<String> candidate : candidates) {
            if (candidate.isPresent()) {
                return candidate;
            }
        }
        return Optional.empty();
    }
}
