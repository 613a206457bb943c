package io.github.offlinedocker.project;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/**
 * The profiles and user properties of the host's build that the builder stage repeats, so that it builds what
 * {@code mvn -Pprod -Drevision=2.1.0 offline-docker:build} asked for: a CI-friendly {@code ${revision}}, a
 * profile, {@code -DskipTests}. They come from the command line and {@code .mvn/maven.config} alike (Maven merges
 * the two), and go into the builder's {@code mvn} command, which the builder stage's history keeps. So some stay
 * out: profiles of settings.xml (the builder's settings have none), properties that say where the host keeps its
 * files or configure its resolver, the plugin's own, and properties whose name marks a secret
 * ({@link SecretNames}).
 *
 * @param activeProfiles   profiles the host activated that a POM of the reactor or its parents defines
 * @param inactiveProfiles profiles the host deactivated, but for settings.xml's
 * @param properties       the user properties the builder gets, by name
 * @param secretNames      user properties left out because their name marks a secret, sorted
 */
public record HostOptions(
        List<String> activeProfiles,
        List<String> inactiveProfiles,
        SortedMap<String, String> properties,
        Set<String> secretNames) {

    /** None: the builder runs the goals alone. */
    public static final HostOptions NONE = new HostOptions(List.of(), List.of(), new TreeMap<>(), Set.of());

    /**
     * Where the host's Maven keeps its files, how its resolver reaches repositories, this plugin's own, and the
     * host's platform as os-maven-plugin names it (a Mac user's {@code -Dos.detected.classifier=osx-x86_64}), which
     * it detects again in the builder.
     */
    private static final List<String> HOST_PREFIXES = List.of("offline-docker.", "maven.repo.", "maven.installation.",
            "maven.user.", "maven.project.", "maven.settings.", "session.", "aether.", "maven.resolver.",
            "os.detected.");

    private static final Set<String> HOST_NAMES = Set.of("maven.home", "maven.conf",
            "maven.multiModuleProjectDirectory", "settings.security", "library.jansi.path", "classworlds.conf");

    /** Where Maven 3 keeps the ids of settings.xml's active profiles among a project's injected profile ids. */
    private static final String EXTERNAL_PROFILES = "external";

    public HostOptions {
        activeProfiles = List.copyOf(activeProfiles);
        inactiveProfiles = List.copyOf(inactiveProfiles);
        properties = new TreeMap<>(properties);
        secretNames = Collections.unmodifiableSet(new TreeSet<>(secretNames));
    }

    /** What {@code session}'s request asked for, as the builder stage can repeat it for {@code projects}. */
    public static HostOptions of(MavenSession session, Collection<MavenProject> projects) {
        MavenExecutionRequest request = session.getRequest();
        Set<String> pomProfiles = new LinkedHashSet<>();
        for (MavenProject project : projects) {
            pomProfiles.addAll(pomProfiles(project));
        }
        Set<String> settingsProfiles = new LinkedHashSet<>();
        session.getSettings().getProfiles().forEach(profile -> settingsProfiles.add(profile.getId()));
        return of(request.getActiveProfiles(), request.getInactiveProfiles(), pomProfiles, settingsProfiles,
                request.getUserProperties());
    }

    /**
     * The options for the builder.
     *
     * @param active           the profiles the host activated
     * @param inactive         the profiles the host deactivated
     * @param pomProfiles      the profiles active in the host's build that POMs define
     * @param settingsProfiles the ids of settings.xml's profiles
     * @param userProperties   the host's user properties
     */
    static HostOptions of(List<String> active, List<String> inactive, Set<String> pomProfiles,
            Set<String> settingsProfiles, Properties userProperties) {
        // A requested profile that no POM defines would fail Maven 4 in the builder; on the host it was optional.
        List<String> activeProfiles = active.stream().filter(pomProfiles::contains).distinct().toList();
        List<String> inactiveProfiles = inactive.stream().filter(id -> !settingsProfiles.contains(id)).distinct()
                .toList();
        SortedMap<String, String> properties = new TreeMap<>();
        Set<String> secretNames = new LinkedHashSet<>();
        for (String name : new TreeSet<>(userProperties.stringPropertyNames())) {
            if (isHostOnly(name)) {
                continue;
            }
            if (SecretNames.marksSecret(name)) {
                secretNames.add(name);
            } else {
                properties.put(name, userProperties.getProperty(name));
            }
        }
        return new HostOptions(activeProfiles, inactiveProfiles, properties, secretNames);
    }

    /** The ids of the POM profiles Maven activated for the project's model and its parents', in their order. */
    static Set<String> pomProfiles(MavenProject project) {
        Set<String> ids = new LinkedHashSet<>();
        project.getInjectedProfileIds().forEach((model, modelIds) -> {
            if (!EXTERNAL_PROFILES.equals(model)) {
                ids.addAll(modelIds);
            }
        });
        return ids;
    }

    /** The options as {@code mvn} arguments: {@code -Pa,!b} and {@code -Dname=value}, names sorted. */
    public List<String> arguments() {
        List<String> arguments = new ArrayList<>();
        List<String> profiles = profiles();
        if (!profiles.isEmpty()) {
            arguments.add("-P" + String.join(",", profiles));
        }
        properties.forEach((name, value) -> arguments.add("-D" + name + "=" + value));
        return arguments;
    }

    /** What the builder repeats, for the log: profiles and property names, never a value. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        List<String> profiles = profiles();
        if (!profiles.isEmpty()) {
            parts.add("profiles " + String.join(", ", profiles));
        }
        if (!properties.isEmpty()) {
            parts.add("properties " + String.join(", ", properties.keySet()));
        }
        return String.join("; ", parts);
    }

    /** The active profiles, then the inactive ones with {@code !}. */
    private List<String> profiles() {
        List<String> profiles = new ArrayList<>(activeProfiles);
        inactiveProfiles.forEach(id -> profiles.add("!" + id));
        return profiles;
    }

    private static boolean isHostOnly(String name) {
        return HOST_NAMES.contains(name) || HOST_PREFIXES.stream().anyMatch(name::startsWith);
    }
}
