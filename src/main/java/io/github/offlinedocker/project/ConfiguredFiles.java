package io.github.offlinedocker.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Files and folders that a project's plugin configurations name, outside its {@code src/}: the ProGuard rules of
 * an exec or shrinker plugin beside the POM, a checkstyle or license-header file at the root; and the files beside
 * such a file that its text names (the {@code common.pro} a {@code proguard.pro} includes). The builder's plugins
 * read them as the host's do, so the context carries them. Never a build directory, a {@code .git}, a folder that
 * holds a project's directory (taken whole it would carry everything), a link, or a file that keeps credentials or
 * the host's options ({@code settings.xml}, {@code .netrc}, {@code .env}, {@code .mvn/maven.config}).
 */
final class ConfiguredFiles {

    private static final Set<String> NEVER = Set.of("settings.xml", "settings-security.xml", ".netrc", "maven.config");
    /** Configuration files are small; a larger file named in a configuration is data, not read for names. */
    private static final long MAX_NAMING_FILE = 1024 * 1024;

    private ConfiguredFiles() {}

    /**
     * The existing files and folders inside {@code root} that {@code project}'s plugin configurations name, as
     * absolute paths, in the model's order.
     *
     * @param projectDirectories every reactor project's directory, absolute
     * @param buildDirectories   every reactor project's build directory, absolute
     */
    static Set<Path> of(MavenProject project, Path root, Collection<Path> projectDirectories,
            Collection<Path> buildDirectories) {
        Path basedir = project.getBasedir().toPath().toAbsolutePath().normalize();
        Path sources = basedir.resolve("src");
        Set<Path> files = new LinkedHashSet<>();
        for (Plugin plugin : project.getBuildPlugins()) {
            collect((Xpp3Dom) plugin.getConfiguration(), basedir, files);
            for (PluginExecution execution : plugin.getExecutions()) {
                collect((Xpp3Dom) execution.getConfiguration(), basedir, files);
            }
        }
        files.addAll(namedSiblings(files));
        files.removeIf(path -> !path.startsWith(root) || path.startsWith(sources)
                || buildDirectories.stream().anyMatch(path::startsWith)
                || projectDirectories.stream().anyMatch(directory -> directory.startsWith(path))
                || isPrivate(root.relativize(path)));
        return files;
    }

    /** The regular files beside each of {@code files} whose names its text holds; one step, no further. */
    private static Set<Path> namedSiblings(Set<Path> files) {
        Set<Path> siblings = new LinkedHashSet<>();
        for (Path file : files) {
            try {
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MAX_NAMING_FILE) {
                    continue;
                }
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                try (Stream<Path> beside = Files.list(file.getParent())) {
                    beside.filter(sibling -> !sibling.equals(file)
                                    && Files.isRegularFile(sibling, LinkOption.NOFOLLOW_LINKS)
                                    && text.contains(sibling.getFileName().toString()))
                            .forEach(siblings::add);
                }
            } catch (IOException e) {
                // Unreadable: the builder's plugin will say what it misses.
            }
        }
        return siblings;
    }

    private static void collect(Xpp3Dom element, Path basedir, Set<Path> files) {
        if (element == null) {
            return;
        }
        for (Xpp3Dom child : element.getChildren()) {
            collect(child, basedir, files);
        }
        String value = element.getValue() == null ? "" : element.getValue().trim();
        if (value.isEmpty() || value.contains("${") || value.contains("\n") || value.startsWith("-")) {
            return;
        }
        try {
            Path path = basedir.resolve(value).normalize();
            if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(path)) {
                files.add(path);
            }
        } catch (InvalidPathException e) {
            // Not a path: most values are not.
        }
    }

    private static boolean isPrivate(Path relative) {
        for (Path segment : relative) {
            String name = segment.toString();
            if (name.startsWith(".git") || name.startsWith(".env") || NEVER.contains(name)) {
                return true;
            }
        }
        return false;
    }
}
