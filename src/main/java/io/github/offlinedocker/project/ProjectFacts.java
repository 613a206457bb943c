package io.github.offlinedocker.project;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.model.Plugin;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/** Reads, from a project's effective model, what the image needs to know about the application. */
public final class ProjectFacts {

    /** The release used when the POM names none: the oldest Java the plugin itself runs on. */
    static final int DEFAULT_JAVA_RELEASE = 17;

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
