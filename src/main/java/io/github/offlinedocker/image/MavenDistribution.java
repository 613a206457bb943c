package io.github.offlinedocker.image;

import io.github.offlinedocker.FileTree;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * The Maven distribution of the builder stage, unpacked into the context under a name without its version, so
 * that a Dockerfile (the generated one or the user's) reads the same for every Maven version. Its global
 * settings are replaced by offline ones: offline mode, the offline repository, and this plugin skipped.
 */
final class MavenDistribution {

    /**
     * The global settings of the builder's Maven: no server, no mirror, no credential. A plain {@code mvn} in a
     * hand-written builder stage runs offline against the repository with these.
     */
    static final String OFFLINE_SETTINGS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- Written by offline-docker-maven-plugin: the builder stage runs offline against its repository. -->
            <settings>
              <localRepository>%s</localRepository>
              <offline>true</offline>
              <profiles>
                <profile>
                  <id>offline-docker-builder</id>
                  <properties>
                    <!-- A project that binds this plugin must not run it again inside the builder. -->
                    <offline-docker.skip>true</offline-docker.skip>
                  </properties>
                </profile>
              </profiles>
              <activeProfiles>
                <activeProfile>offline-docker-builder</activeProfile>
              </activeProfiles>
            </settings>
            """.formatted(BuildContext.BUILDER_REPOSITORY);

    /** The builder's launcher of this Maven, relative to its home: what the builder stage runs. */
    static final String LAUNCHER = "bin/offline-docker-mvn";

    /**
     * The launcher: a build with no network has no name for its own host, which {@code InetAddress.getLocalHost()}
     * asks for (tests, loggers). Every JVM Maven starts, surefire's forks too, gets a hosts file that names it and
     * answers any other name at once that it is unknown.
     */
    static final String LAUNCHER_SCRIPT = """
            #!/bin/sh
            # Written by offline-docker-maven-plugin: runs this Maven in the builder stage, whose build has no network
            # and so no name for its own host. Every JVM Maven starts gets a hosts file that names it.
            hosts=/tmp/offline-docker.hosts
            printf '127.0.0.1 localhost %s\n::1 localhost\n' "$(cat /etc/hostname 2>/dev/null)" > "$hosts"
            JAVA_TOOL_OPTIONS="-Djdk.net.hosts.file=$hosts${JAVA_TOOL_OPTIONS:+ $JAVA_TOOL_OPTIONS}"
            export JAVA_TOOL_OPTIONS
            exec "$(dirname "$0")/mvn" "$@"
            """;

    /**
     * The files this plugin writes over the distribution, by their path in it, in a fixed order: {@link #unpack}
     * writes them and the dependency image's tag covers them, so a plugin that writes them otherwise builds it again.
     */
    static final SortedMap<String, String> OWN_FILES = Collections.unmodifiableSortedMap(new TreeMap<>(Map.of(
            "conf/settings.xml", OFFLINE_SETTINGS,
            LAUNCHER, LAUNCHER_SCRIPT)));

    private MavenDistribution() {}

    /**
     * Unpacks {@code archive} ({@code apache-maven-V-bin.tar.gz}) into {@code target} without its top folder,
     * keeps which files are executable, and writes the offline global settings and the builder's launcher.
     */
    static void unpack(Path archive, Path target) throws IOException {
        Files.createDirectories(target);
        try (InputStream file = new BufferedInputStream(Files.newInputStream(archive));
                TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(file))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                String name = entry.getName();
                int slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1 || !entry.isFile()) {
                    continue;
                }
                Path to = target.resolve(name.substring(slash + 1)).normalize();
                if (!to.startsWith(target)) {
                    throw new IOException("The Maven distribution " + archive + " holds an entry outside its folder: "
                            + name);
                }
                Files.createDirectories(to.getParent());
                FileTree.write(tar, to);
                to.toFile().setExecutable((entry.getMode() & 0100) != 0, false);
            }
        }
        for (Map.Entry<String, String> file : OWN_FILES.entrySet()) {
            FileTree.writeString(target.resolve(file.getKey()), file.getValue());
        }
        target.resolve(LAUNCHER).toFile().setExecutable(true, false);
    }
}
