package io.github.offlinedocker.resolve;

import io.github.offlinedocker.project.PluginConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Artifacts that plugins resolve while they run because their configuration names them, not their
 * dependencies: animal-sniffer's API {@code <signature>} and japicmp's {@code <oldVersion>} baseline (offline,
 * the first fails the build and the second silently compares nothing: both seen on jsoup), and
 * protobuf-maven-plugin's protoc and protoc plugins, executables with an OS classifier, taken for the builder's
 * platform rather than the host's.
 */
final class ConfiguredArtifacts {

    private ConfiguredArtifacts() {}

    /** Whether these rules cover everything {@code groupId:artifactId} resolves while it runs. */
    static boolean knows(String groupId, String artifactId) {
        return ("org.codehaus.mojo".equals(groupId) && "animal-sniffer-maven-plugin".equals(artifactId))
                || ("com.github.siom79.japicmp".equals(groupId) && "japicmp-maven-plugin".equals(artifactId))
                || isProtobuf(groupId, artifactId);
    }

    private static boolean isProtobuf(String groupId, String artifactId) {
        return "org.xolstice.maven.plugins".equals(groupId) && "protobuf-maven-plugin".equals(artifactId);
    }

    /**
     * What {@code groupId:artifactId} resolves from {@code configuration}, as {@code g:a:extension[:classifier]:v},
     * native executables for {@code platform}.
     */
    static List<String> of(String groupId, String artifactId, Xpp3Dom configuration, BuilderPlatform platform) {
        List<String> coordinates = new ArrayList<>();
        if (configuration == null) {
            return coordinates;
        }
        if (!knows(groupId, artifactId)) {
            return coordinates;
        }
        if (isProtobuf(groupId, artifactId)) {
            for (String element : List.of("protocArtifact", "pluginArtifact")) {
                Xpp3Dom child = configuration.getChild(element);
                if (child != null && child.getValue() != null) {
                    protobufCoordinates(platform.forBuilder(child.getValue().trim())).ifPresent(coordinates::add);
                }
            }
            Xpp3Dom plugins = configuration.getChild("protocPlugins");
            if (plugins != null) {
                for (Xpp3Dom plugin : plugins.getChildren("protocPlugin")) {
                    coordinates(plugin, "jar").ifPresent(coordinates::add);
                }
            }
        } else if ("org.codehaus.mojo".equals(groupId) && "animal-sniffer-maven-plugin".equals(artifactId)) {
            Xpp3Dom signature = configuration.getChild("signature");
            if (signature != null) {
                coordinates(signature, "signature").ifPresent(coordinates::add);
            }
        } else {
            for (String element : List.of("oldVersion", "oldVersions")) {
                Xpp3Dom versions = configuration.getChild(element);
                if (versions != null) {
                    for (Xpp3Dom dependency : versions.getChildren("dependency")) {
                        coordinates(dependency, PluginConfiguration.value(dependency, "type").orElse("jar"))
                                .ifPresent(coordinates::add);
                    }
                }
            }
        }
        return coordinates;
    }

    /** protobuf-maven-plugin's {@code g:a:v[:type[:classifier]]} as {@code g:a:type[:classifier]:v}. */
    private static Optional<String> protobufCoordinates(String value) {
        String[] parts = value.split(":");
        if (value.contains("${") || parts.length < 3 || parts.length > 5) {
            return Optional.empty();
        }
        String type = parts.length > 3 ? parts[3] : "jar";
        String classifier = parts.length > 4 ? ":" + parts[4] : "";
        return Optional.of(parts[0] + ":" + parts[1] + ":" + type + classifier + ":" + parts[2]);
    }

    /** {@code g:a:extension:v} from child elements, or from the element's text {@code g:a:v}. */
    private static Optional<String> coordinates(Xpp3Dom element, String extension) {
        Optional<String> groupId = PluginConfiguration.value(element, "groupId");
        Optional<String> artifactId = PluginConfiguration.value(element, "artifactId");
        Optional<String> version = PluginConfiguration.value(element, "version");
        if (groupId.isPresent() && artifactId.isPresent() && version.isPresent()) {
            return Optional.of(groupId.get() + ":" + artifactId.get() + ":" + extension + ":" + version.get());
        }
        String[] parts = PluginConfiguration.evaluated(element.getValue()).orElse("").split(":");
        return parts.length == 3
                ? Optional.of(parts[0] + ":" + parts[1] + ":" + extension + ":" + parts[2])
                : Optional.empty();
    }
}
