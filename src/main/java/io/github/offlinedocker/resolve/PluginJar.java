package io.github.offlinedocker.resolve;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Where this plugin's own classes were loaded from: its jar (or, in unit tests, a class folder). */
final class PluginJar {

    private PluginJar() {}

    static Path location() throws IOException {
        try {
            return Path.of(PluginJar.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException("Cannot locate the plugin's own jar", e);
        }
    }
}
