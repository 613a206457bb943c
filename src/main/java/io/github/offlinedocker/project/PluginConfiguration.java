package io.github.offlinedocker.project;

import java.util.Optional;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/** Reads values out of a plugin's or mojo execution's configuration, and out of POM properties. */
public final class PluginConfiguration {

    private PluginConfiguration() {}

    /**
     * The value of {@code parent}'s child {@code name}, or empty when it is absent, blank, or still the
     * unevaluated {@code ${expression}} a mojo parameter's default leaves in the effective configuration.
     */
    public static Optional<String> value(Xpp3Dom parent, String name) {
        Xpp3Dom child = parent == null ? null : parent.getChild(name);
        return evaluated(child == null ? null : child.getValue());
    }

    /** {@code raw}, trimmed, or empty when it is absent, blank, or an unevaluated {@code ${expression}}. */
    public static Optional<String> evaluated(String raw) {
        return Optional.ofNullable(raw).map(String::trim).filter(v -> !v.isEmpty() && !v.contains("${"));
    }
}
