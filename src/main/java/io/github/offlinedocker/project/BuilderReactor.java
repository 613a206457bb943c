package io.github.offlinedocker.project;

import io.github.offlinedocker.ConfigurationException;
import io.github.offlinedocker.EnvironmentException;
import io.github.offlinedocker.FileTree;
import io.github.offlinedocker.OfflineDockerException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Build;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Extension;
import org.apache.maven.model.Parent;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;

/**
 * What the builder stage builds to produce one module, and where: it works in the reactor's root directory and
 * runs {@code mvn -o -pl <module> -am}, so the module and the reactor projects it needs (parents, dependencies,
 * plugins and extensions built in the reactor) are built from source there, never taken from a repository.
 *
 * <p>Offline Maven reads every module's POM of the reactor before it selects any, so the context holds all
 * POMs but only the sources of the projects that are built.
 */
public final class BuilderReactor {

    /** The core extensions file Maven reads before any POM, relative to the root. */
    public static final String CORE_EXTENSIONS = ".mvn/extensions.xml";

    /** The options of the JVM that runs Maven, which its launcher reads from the root (e.g. {@code --add-opens}). */
    public static final String JVM_CONFIG = ".mvn/jvm.config";

    private final Path root;
    private final MavenProject module;
    private final List<MavenProject> allProjects;
    private final List<MavenProject> builtProjects;
    private final HostOptions hostOptions;
    private final BuilderProfiles builderProfiles;
    private final JvmConfig jvmConfig;
    private final List<String> includes;
    private final String extraDirectory;
    private final SortedMap<String, String> leftOutDirectories = new TreeMap<>();
    private final List<String> configuredFiles = new ArrayList<>();
    private final List<String> contextEntries;

    /**
     * @param includes       files or folders the builder needs besides the POMs and {@code src/}, relative to the
     *                       module's directory ({@code ../lombok.config}), inside the root
     * @param extraDirectory a folder inside the root whose tree the runtime image gets at its root; {@code null}
     *                       for none
     */
    BuilderReactor(Path root, MavenProject module, List<MavenProject> allProjects, HostOptions hostOptions,
            JvmConfig jvmConfig, List<String> includes, Path extraDirectory) throws ConfigurationException {
        this(root, module, allProjects, hostOptions, new BuilderProfiles(List.of()), jvmConfig, includes,
                extraDirectory);
    }

    /**
     * @param builderProfiles the profiles the builder activates differently from the host, whose projects these
     *                        are then built for the builder
     */
    BuilderReactor(Path root, MavenProject module, List<MavenProject> allProjects, HostOptions hostOptions,
            BuilderProfiles builderProfiles, JvmConfig jvmConfig, List<String> includes, Path extraDirectory)
            throws ConfigurationException {
        this.root = root;
        this.builderProfiles = builderProfiles;
        this.module = module;
        this.allProjects = List.copyOf(allProjects);
        this.hostOptions = hostOptions;
        this.jvmConfig = jvmConfig;
        for (MavenProject project : this.allProjects) {
            if (!project.getFile().toPath().toAbsolutePath().normalize().startsWith(root)) {
                throw new ConfigurationException("Module " + project.getId() + " (" + project.getFile() + ") lies"
                        + " outside the reactor's root " + root + ", which the builder stage builds in. Move it"
                        + " under the root, or run the build from a directory that holds every module.");
            }
        }
        // At the reactor's root the builder builds the whole reactor, so its closure is the whole reactor's.
        boolean reactorRoot = module.getBasedir().toPath().toAbsolutePath().normalize().equals(root)
                && !module.getModules().isEmpty();
        Set<MavenProject> needed = reactorRoot ? Set.copyOf(this.allProjects) : upstreamOf(module, this.allProjects);
        this.builtProjects = this.allProjects.stream().filter(needed::contains).toList();
        List<String> entries = new ArrayList<>();
        for (String include : includes) {
            entries.add(inRoot("<contextIncludes>", include, false));
        }
        this.extraDirectory = extraDirectory == null ? null
                : inRoot("<extraDirectory>", extraDirectory.toString(), true);
        if (this.extraDirectory != null) {
            entries.add(this.extraDirectory);
        }
        this.includes = List.copyOf(entries);
        this.contextEntries = listContextEntries();
    }

    /** Builds projects' models as the builder stage's Maven does, for its JDK, OS and environment. */
    @FunctionalInterface
    public interface ModelBuilder {
        /** {@code projects}, in their order, as the builder builds them. */
        List<MavenProject> build(List<MavenProject> projects) throws OfflineDockerException;
    }

    /**
     * The reactor of {@code session} as the builder stage sees it when it builds {@code module}: rooted at the
     * execution root (the directory Maven was started in, or {@code -f}'s), with every project Maven loaded, and
     * the profiles and user properties the host's build was given, and the root's {@code .mvn/jvm.config}. When
     * {@code builderModels} activate other profiles than the host did, the projects are the builder's.
     */
    public static BuilderReactor of(MavenSession session, MavenProject module, List<String> includes,
            Path extraDirectory, ModelBuilder builderModels) throws OfflineDockerException {
        List<MavenProject> all = session.getAllProjects() != null && !session.getAllProjects().isEmpty()
                ? session.getAllProjects()
                : List.of(module);
        MavenProject executionRoot = all.stream().filter(MavenProject::isExecutionRoot).findFirst().orElse(module);
        Path root = executionRoot.getBasedir().toPath().toAbsolutePath().normalize();
        HostOptions hostOptions = HostOptions.of(session, all);
        if (!module.getBasedir().toPath().toAbsolutePath().normalize().startsWith(root)) {
            // The module was reached through a path outside the execution root (-f ../other): build it alone.
            root = module.getBasedir().toPath().toAbsolutePath().normalize();
            all = List.of(module);
        }
        List<MavenProject> forBuilder = builderModels.build(all);
        BuilderProfiles profiles = BuilderProfiles.compare(all, forBuilder);
        int moduleIndex = all.indexOf(module);
        if (!profiles.isEmpty() && moduleIndex >= 0) {
            module = forBuilder.get(moduleIndex);
            all = forBuilder;
        }
        return new BuilderReactor(root, module, all, hostOptions, profiles, JvmConfig.read(root.resolve(JVM_CONFIG)),
                includes, extraDirectory);
    }

    /** The directory the builder stage builds in, the host's execution root. */
    public Path root() {
        return root;
    }

    /** The POM the builder stage starts from: the root project's. */
    public Path rootPom() {
        return allProjects.stream()
                .filter(p -> p.getBasedir().toPath().toAbsolutePath().normalize().equals(root))
                .findFirst().orElse(module)
                .getFile().toPath().toAbsolutePath();
    }

    /** The module the image is built from. */
    public MavenProject module() {
        return module;
    }

    /** Every project of the reactor: offline Maven builds the model of each one. */
    public List<MavenProject> allProjects() {
        return allProjects;
    }

    /**
     * The module and the reactor projects it needs, in reactor order: the builder stage builds these. For the
     * reactor's root, whose builder builds everything, every project.
     */
    public List<MavenProject> builtProjects() {
        return builtProjects;
    }

    /** Whether {@code groupId:artifactId:version} is built by this reactor, so no repository may supply it. */
    public boolean isModule(String groupId, String artifactId, String version) {
        return find(groupId, artifactId, version).isPresent();
    }

    /**
     * The jar the builder stage builds for the reactor project {@code groupId:artifactId:version}, relative to
     * the root, when that project is in the reactor.
     */
    public Optional<String> moduleJar(String groupId, String artifactId, String version) {
        return find(groupId, artifactId, version).map(this::artifactPath);
    }

    /**
     * The module's artifact as the builder stage builds it, relative to the root, e.g. {@code app/target/app-1.0.jar}
     * or {@code web/target/web-1.0.war}.
     */
    public String artifactPath() {
        return artifactPath(module);
    }

    /** The folder whose tree the runtime image gets at its root, relative to the root; {@code null} for none. */
    public String extraDirectory() {
        return extraDirectory;
    }

    /** The host's profiles and user properties that the builder repeats. */
    public HostOptions hostOptions() {
        return hostOptions;
    }

    /** The profiles the builder activates differently from the host; the projects here are the builder's. */
    public BuilderProfiles builderProfiles() {
        return builderProfiles;
    }

    /** The options of Maven's JVM that the builder stage gets. */
    public JvmConfig jvmConfig() {
        return jvmConfig;
    }

    /**
     * What the builder runs: the host's options, then {@code -pl <module> -am} unless the module is the root, then
     * {@code goals}.
     */
    public List<String> builderGoals(List<String> goals) {
        List<String> arguments = new ArrayList<>(hostOptions.arguments());
        arguments.addAll(moduleGoals(goals));
        return arguments;
    }

    /** {@code -pl <module> -am} unless the module is the root, then {@code goals}: the host's options left out. */
    public List<String> moduleGoals(List<String> goals) {
        List<String> arguments = new ArrayList<>();
        String path = relative(module.getBasedir().toPath());
        if (!path.isEmpty()) {
            arguments.addAll(List.of("-pl", path, "-am"));
        }
        arguments.addAll(goals);
        return arguments;
    }

    /**
     * The allow-list of files, relative to the root, that the builder stage may see: the core extensions file,
     * the JVM options of Maven, every project's POM, the {@code src} folder of each project it builds and the
     * source, resource and filter locations its POM declares elsewhere in the root, and the user's includes.
     * Everything else stays out, so settings files, {@code .mvn/maven.config} (whose profiles and properties come
     * through {@link #hostOptions()}), {@code .git}, {@code .env} or {@code target/} cannot slip in.
     */
    public List<String> contextEntries() {
        return contextEntries;
    }

    /** Files and folders outside {@code src/} that the context carries because plugin configurations name them. */
    public List<String> configuredFiles() {
        return List.copyOf(configuredFiles);
    }

    /**
     * Source and resource folders and filters of built projects that the context leaves out, each with why and
     * whose: one that holds a project's directory would carry everything the allow-list keeps out (a
     * {@code <resource>} of {@code ${project.basedir}} whose {@code <includes>} each name a file, a {@code LICENSE},
     * gives those files instead, and is not left out); one outside the root is not where the builder builds.
     */
    public SortedMap<String, String> leftOutDirectories() {
        return Collections.unmodifiableSortedMap(leftOutDirectories);
    }

    private List<String> listContextEntries() {
        Set<String> entries = new LinkedHashSet<>();
        entries.add(CORE_EXTENSIONS);
        entries.add(JVM_CONFIG);
        for (MavenProject project : allProjects) {
            entries.add(relative(project.getFile().toPath()));
        }
        List<Path> projectDirectories = allProjects.stream()
                .map(p -> p.getBasedir().toPath().toAbsolutePath().normalize()).toList();
        List<Path> buildDirectories = allProjects.stream()
                .map(p -> Path.of(p.getBuild().getDirectory()).toAbsolutePath().normalize()).toList();
        for (MavenProject project : builtProjects) {
            String directory = relative(project.getBasedir().toPath());
            entries.add(directory.isEmpty() ? "src" : directory + "/src");
            Path sources = project.getBasedir().toPath().toAbsolutePath().normalize().resolve("src");
            for (Map.Entry<Path, List<String>> location : declaredLocations(project)) {
                Path declared = location.getKey();
                if (declared.startsWith(sources)) {
                    continue;
                }
                if (projectDirectories.stream().anyMatch(projectDirectory -> projectDirectory.startsWith(declared))) {
                    Optional<List<String>> named = namedFiles(declared, location.getValue());
                    if (named.isPresent()) {
                        entries.addAll(named.get());
                    } else {
                        leftOutDirectories.put(declared.equals(root) ? "." : relative(declared), "a folder of "
                                + project.getId() + " that holds a project's directory: taken whole it would carry"
                                + " .git, target/ and the rest. Name the files the build needs from it in the"
                                + " resource's <includes> (file names, not patterns) or in <contextIncludes>.");
                    }
                } else if (!declared.startsWith(root)) {
                    leftOutDirectories.put(declared.toString(), "declared by " + project.getId() + " outside the"
                            + " reactor's root " + root + ", where the builder stage builds: the image is built"
                            + " without it. Move it into the project, or build from a directory that holds it.");
                } else if (buildDirectories.stream().noneMatch(declared::startsWith)) {
                    // What a build directory holds is generated by the builder's own run.
                    entries.add(relative(declared));
                }
            }
            for (Path named : ConfiguredFiles.of(project, root, projectDirectories, buildDirectories)) {
                boolean inBuiltSources = builtProjects.stream()
                        .anyMatch(built -> named.startsWith(built.getBasedir().toPath().toAbsolutePath().normalize()
                                .resolve("src")));
                if (!inBuiltSources && entries.add(relative(named))) {
                    configuredFiles.add(relative(named));
                }
            }
        }
        entries.addAll(includes);
        return List.copyOf(entries);
    }

    /**
     * The source, resource and filter locations {@code project}'s model declares, absolute, each with its
     * {@code <includes>} when it is a resource (none for sources and filters), in the order of the model.
     */
    private static List<Map.Entry<Path, List<String>>> declaredLocations(MavenProject project) {
        Build build = project.getBuild();
        Path basedir = project.getBasedir().toPath();
        List<Map.Entry<Path, List<String>>> locations = new ArrayList<>();
        BiConsumer<String, List<String>> add = (location, includes) -> {
            if (location != null && !location.isBlank()) {
                locations.add(Map.entry(basedir.resolve(location).toAbsolutePath().normalize(),
                        List.copyOf(includes)));
            }
        };
        add.accept(build.getSourceDirectory(), List.of());
        add.accept(build.getTestSourceDirectory(), List.of());
        for (Resource resource : build.getResources()) {
            add.accept(resource.getDirectory(), resource.getIncludes());
        }
        for (Resource resource : build.getTestResources()) {
            add.accept(resource.getDirectory(), resource.getIncludes());
        }
        build.getFilters().forEach(filter -> add.accept(filter, List.of()));
        return locations;
    }

    /**
     * The files {@code includes} name in {@code directory}, relative to the root, when each names one file (a
     * {@code LICENSE}); empty when there are none or one is a pattern, which would need the whole folder.
     */
    private Optional<List<String>> namedFiles(Path directory, List<String> includes) {
        List<String> files = new ArrayList<>();
        for (String include : includes) {
            Path file = directory.resolve(include).normalize();
            if (include.contains("*") || include.contains("?") || !file.startsWith(directory)
                    || !file.startsWith(root)) {
                return Optional.empty();
            }
            files.add(relative(file));
        }
        return files.isEmpty() ? Optional.empty() : Optional.of(files);
    }

    /**
     * {@code value} of {@code element}, a path relative to the module's directory (or absolute), as a path relative
     * to the root; it must be below the root, and a folder when {@code folder}, else a file or folder.
     */
    private String inRoot(String element, String value, boolean folder) throws ConfigurationException {
        Path basedir = module.getBasedir().toPath().toAbsolutePath().normalize();
        Path path = basedir.resolve(value.trim()).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new ConfigurationException(element + " '" + value + "' is " + path + ", which is not inside the"
                    + " reactor's root " + root + " that the builder stage builds in. Give a " + (folder ? "folder"
                    : "file or folder") + " below the root, relative to " + basedir + ".");
        }
        if (Files.isSymbolicLink(path) || !(folder ? Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)
                : Files.exists(path, LinkOption.NOFOLLOW_LINKS))) {
            throw new ConfigurationException(element + " '" + value + "' names " + path + ", which is not a "
                    + (folder ? "folder" : "file or folder") + " (a symbolic link is not followed). Fix the path,"
                    + " relative to " + basedir + ", or remove it.");
        }
        return relative(path);
    }

    /**
     * The files of {@link #contextEntries()}, by their path relative to the root, as the context sends them:
     * {@code .mvn/jvm.config} as the builder gets it ({@link JvmConfig}), copied to the module's build directory
     * when that is not the file as written.
     */
    public SortedMap<String, Path> contextFiles() throws EnvironmentException {
        SortedMap<String, Path> files;
        try {
            files = FileTree.entryFiles(root, contextEntries());
        } catch (IOException e) {
            throw new EnvironmentException("Could not list the project's files below " + root + ": " + e, e);
        }
        if (jvmConfig.isFiltered() && files.containsKey(JVM_CONFIG)) {
            Path copy = Path.of(module.getBuild().getDirectory(), "offline-docker-jvm.config");
            try {
                Files.createDirectories(copy.getParent());
                Files.writeString(copy, jvmConfig.text(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new EnvironmentException("Could not write " + copy + ", the " + JVM_CONFIG + " the builder"
                        + " stage gets: " + e, e);
            }
            files.put(JVM_CONFIG, copy);
        }
        return files;
    }

    private String artifactPath(MavenProject project) {
        Path build = Path.of(project.getBuild().getDirectory());
        // The packaging's own extension, as Maven's artifact handler gives it: a war's is war, a plugin's jar.
        String extension = project.getArtifact() == null ? "jar"
                : project.getArtifact().getArtifactHandler().getExtension();
        return relative(build.resolve(project.getBuild().getFinalName() + "." + extension));
    }

    /** {@code path} of the host, inside the reactor's root, as the builder stage's workspace has it. */
    public String relative(Path path) {
        return root.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private Optional<MavenProject> find(String groupId, String artifactId, String version) {
        return allProjects.stream()
                .filter(p -> p.getGroupId().equals(groupId) && p.getArtifactId().equals(artifactId)
                        && p.getVersion().equals(version))
                .findFirst();
    }

    /** {@code module} and every reactor project it reaches through parents, dependencies, plugins, extensions. */
    private static Set<MavenProject> upstreamOf(MavenProject module, List<MavenProject> reactor) {
        Map<String, MavenProject> byKey = new HashMap<>();
        reactor.forEach(p -> byKey.put(key(p.getGroupId(), p.getArtifactId(), p.getVersion()), p));
        Set<MavenProject> reached = new LinkedHashSet<>();
        Deque<MavenProject> pending = new ArrayDeque<>(List.of(module));
        while (!pending.isEmpty()) {
            MavenProject project = pending.pop();
            if (!reached.add(project)) {
                continue;
            }
            for (String reference : references(project)) {
                MavenProject upstream = byKey.get(reference);
                if (upstream != null) {
                    pending.push(upstream);
                }
            }
        }
        return reached;
    }

    private static List<String> references(MavenProject project) {
        List<String> references = new ArrayList<>();
        Parent parent = project.getModel().getParent();
        if (parent != null) {
            references.add(key(parent.getGroupId(), parent.getArtifactId(), parent.getVersion()));
        }
        for (Dependency dependency : project.getDependencies()) {
            references.add(key(dependency.getGroupId(), dependency.getArtifactId(), dependency.getVersion()));
        }
        for (Plugin plugin : project.getBuildPlugins()) {
            references.add(key(plugin.getGroupId(), plugin.getArtifactId(), plugin.getVersion()));
            for (Dependency dependency : plugin.getDependencies()) {
                references.add(key(dependency.getGroupId(), dependency.getArtifactId(), dependency.getVersion()));
            }
        }
        for (Extension extension : project.getBuildExtensions()) {
            references.add(key(extension.getGroupId(), extension.getArtifactId(), extension.getVersion()));
        }
        return references;
    }

    private static String key(String groupId, String artifactId, String version) {
        return groupId + ':' + artifactId + ':' + version;
    }
}
