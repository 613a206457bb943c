package io.github.offlinedocker.image;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The CycloneDX software bill of materials of what the runtime image holds: the application and the libraries of
 * its runtime class path, each with its coordinates, the sha256 the closure's lock keeps and the id of the
 * repository it came from. It holds no time and its serial number is derived from its content, so the same
 * dependencies give the same bytes, and the image layer that holds it is reused.
 *
 * @param application the project the image runs
 * @param libraries   its runtime libraries
 */
public record Sbom(Component application, List<Component> libraries) {

    /** The CycloneDX version written. */
    static final String SPEC_VERSION = "1.6";

    /** The name of the component property that holds the id of the repository a library came from. */
    static final String REPOSITORY_PROPERTY = "offline-docker:repository";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public Sbom {
        libraries = libraries.stream().sorted(Comparator.comparing(Component::purl)).toList();
    }

    /**
     * One component.
     *
     * @param groupId      group id
     * @param artifactId   artifact id
     * @param version      the version as resolved (a snapshot's timestamp, not {@code -SNAPSHOT})
     * @param classifier   classifier, empty when none
     * @param type         the artifact's extension ({@code jar}, {@code war}, …)
     * @param sha256       sha256 (hex) of its file; empty for the application, which the builder stage builds
     * @param repositoryId id of the repository it came from; empty for the application
     */
    public record Component(String groupId, String artifactId, String version, String classifier, String type,
            String sha256, String repositoryId) {

        /** The package URL: {@code pkg:maven/group/artifact@version}, with its type and classifier when not plain. */
        public String purl() {
            TreeMap<String, String> qualifiers = new TreeMap<>();
            if (!"jar".equals(type)) {
                qualifiers.put("type", type);
            }
            if (!classifier.isEmpty()) {
                qualifiers.put("classifier", classifier);
            }
            try {
                return new PackageURL(PackageURL.StandardTypes.MAVEN, groupId, artifactId, version, qualifiers, null)
                        .canonicalize();
            } catch (MalformedPackageURLException e) {
                // Maven's coordinates are never empty and hold no character a package URL cannot escape.
                throw new IllegalArgumentException("No package URL for " + this + ": " + e.getMessage(), e);
            }
        }
    }

    /** The bill as CycloneDX JSON. */
    public String json() {
        ObjectNode bom = JSON.createObjectNode();
        bom.put("bomFormat", "CycloneDX");
        bom.put("specVersion", SPEC_VERSION);
        ObjectNode metadata = JSON.createObjectNode();
        metadata.set("component", component(application, "application"));
        ArrayNode components = JSON.createArrayNode();
        libraries.forEach(library -> components.add(component(library, "library")));
        // Derived from what the bill says, so that it names this content and only this content.
        String content = metadata.toString() + components;
        bom.put("serialNumber", "urn:uuid:" + UUID.nameUUIDFromBytes(content.getBytes(StandardCharsets.UTF_8)));
        bom.put("version", 1);
        bom.set("metadata", metadata);
        bom.set("components", components);
        try {
            return JSON.writeValueAsString(bom) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A tree of strings could not be written as JSON", e);
        }
    }

    private static ObjectNode component(Component component, String type) {
        ObjectNode node = JSON.createObjectNode();
        node.put("type", type);
        node.put("bom-ref", component.purl());
        node.put("group", component.groupId());
        node.put("name", component.artifactId());
        node.put("version", component.version());
        if (!component.sha256().isEmpty()) {
            node.putArray("hashes").addObject().put("alg", "SHA-256").put("content", component.sha256());
        }
        node.put("purl", component.purl());
        if (!component.repositoryId().isEmpty()) {
            node.putArray("properties").addObject().put("name", REPOSITORY_PROPERTY).put("value", component.repositoryId());
        }
        return node;
    }
}
