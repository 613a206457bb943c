package io.github.offlinedocker.resolve;

import io.github.offlinedocker.project.PluginConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * The annotation processors maven-compiler-plugin resolves while it runs, from its
 * {@code <annotationProcessorPaths>}: they are in no dependency list Maven's models show.
 */
public final class AnnotationProcessorPaths {

    private AnnotationProcessorPaths() {}

    /** Whether {@code groupId:artifactId} is the compiler plugin. */
    public static boolean appliesTo(String groupId, String artifactId) {
        return "org.apache.maven.plugins".equals(groupId) && "maven-compiler-plugin".equals(artifactId);
    }

    /**
     * The configured paths as {@code groupId:artifactId:type[:classifier]:version}, to resolve with their
     * dependencies. A path without a version takes it from {@code managedVersions} ({@code groupId:artifactId}
     * to version), as the compiler plugin does since 3.12.
     */
    public static List<String> from(Xpp3Dom configuration, Map<String, String> managedVersions) {
        List<String> coordinates = new ArrayList<>();
        Xpp3Dom paths = configuration == null ? null : configuration.getChild("annotationProcessorPaths");
        if (paths == null) {
            return coordinates;
        }
        for (Xpp3Dom path : paths.getChildren()) {
            Optional<String> groupId = PluginConfiguration.value(path, "groupId");
            Optional<String> artifactId = PluginConfiguration.value(path, "artifactId");
            if (groupId.isEmpty() || artifactId.isEmpty()) {
                continue;
            }
            String key = groupId.get() + ":" + artifactId.get();
            Optional<String> version = PluginConfiguration.value(path, "version").or(() -> Optional.ofNullable(managedVersions.get(key)));
            if (version.isEmpty()) {
                continue;
            }
            String type = PluginConfiguration.value(path, "type").orElse("jar");
            String classifier = PluginConfiguration.value(path, "classifier").map(c -> ":" + c).orElse("");
            coordinates.add(key + ":" + type + classifier + ":" + version.get());
        }
        return coordinates;
    }
}
