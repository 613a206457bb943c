package io.github.offlinedocker.resolve;

import io.github.offlinedocker.Sha256;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.apache.maven.model.io.xpp3.MavenXpp3Writer;
import org.apache.maven.project.MavenProject;

/**
 * The fingerprint of what decides a closure: this plugin's own jar, the settings of the resolution (Maven
 * version, strategy, goals …), the effective model of every reactor project (parents, imported BOMs, active
 * profiles, properties and repositories folded in) and the core extensions file. Credentials are not part of
 * it: they decide where artifacts come from, not which.
 */
final class ResolutionFingerprint {

    private ResolutionFingerprint() {}

    /**
     * The fingerprint, as hex.
     *
     * @param facts    the settings of the resolution, in a fixed order
     * @param root     the reactor's root, where {@code .mvn/extensions.xml} is read
     * @param projects every project of the reactor
     */
    static String of(List<String> facts, Path root, List<MavenProject> projects) throws IOException {
        MessageDigest digest = Sha256.newDigest();
        update(digest, ownJar());
        facts.forEach(fact -> update(digest, fact));
        Path coreExtensions = root.resolve(CoreExtensions.FILE);
        update(digest, Files.isRegularFile(coreExtensions) ? Files.readString(coreExtensions) : "");
        MavenXpp3Writer writer = new MavenXpp3Writer();
        for (MavenProject project : projects) {
            StringWriter model = new StringWriter();
            writer.write(model, project.getModel());
            update(digest, String.valueOf(project.getFile()));
            update(digest, model.toString());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The plugin's jar by path, size and time: a rebuilt plugin may find another closure. */
    private static String ownJar() throws IOException {
        Path jar = PluginJar.location();
        return jar + " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
    }

    private static void update(MessageDigest digest, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        // Length-prefixed, so that no two lists of values run together into the same bytes.
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }
}
