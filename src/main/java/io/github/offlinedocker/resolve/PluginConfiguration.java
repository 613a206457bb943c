package io.github.offlinedocker.resolve;

import java.util.Optional;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/** Reads values out of a mojo execution's effective configuration. */
final class PluginConfiguration {

    private PluginConfiguration() {}

    /**
     * The value of {@code parent}'s child {@code name}, or empty when it is absent, blank, or still the
     * unevaluated {@code ${expression}} a mojo parameter's default leaves in the effective configuration.
     */
    static Optional<String> value(Xpp3Dom parent, String name) {
        Xpp3Dom child = parent == null ? null : parent.getChild(name);
        return Optional.ofNullable(child)
                .map(Xpp3Dom::getValue)
                .map(String::trim)
                .filter(v -> !v.isEmpty() && !v.contains("${"));
    }
}
