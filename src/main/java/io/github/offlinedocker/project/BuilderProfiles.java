package io.github.offlinedocker.project;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.maven.model.Activation;
import org.apache.maven.model.Profile;
import org.apache.maven.project.MavenProject;

/**
 * The POM profiles that the builder stage's Maven activates differently from the host's, project by project, as
 * Maven itself decided them when it built each model twice: once on the host, once for the {@link BuilderSystem}.
 * A profile active on the host alone (its JDK, a {@code CI} variable, a Mac) does not run in the builder; one
 * active in the builder alone needs its plugins and dependencies in the closure.
 *
 * @param changes the profiles whose activation differs, in reactor order
 */
public record BuilderProfiles(List<Change> changes) {

    /**
     * One profile the two activate differently.
     *
     * @param project      the project whose model it joins or leaves, {@code groupId:artifactId}
     * @param profile      its id
     * @param onHost       whether the host activates it (and the builder not)
     * @param activation   how the POM activates it, for the log
     * @param byJdk        whether its activation names a JDK, which a run on the host cannot change
     */
    public record Change(String project, String profile, boolean onHost, String activation, boolean byJdk) {}

    public BuilderProfiles {
        changes = List.copyOf(changes);
    }

    /** Compares the projects Maven built on the host with the same projects built for the builder, in order. */
    public static BuilderProfiles compare(List<MavenProject> host, List<MavenProject> builder) {
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < host.size(); i++) {
            Set<String> onHost = HostOptions.pomProfiles(host.get(i));
            Set<String> inBuilder = HostOptions.pomProfiles(builder.get(i));
            String project = host.get(i).getGroupId() + ":" + host.get(i).getArtifactId();
            for (String id : onHost) {
                if (!inBuilder.contains(id)) {
                    changes.add(change(host.get(i), project, id, true));
                }
            }
            for (String id : inBuilder) {
                if (!onHost.contains(id)) {
                    changes.add(change(builder.get(i), project, id, false));
                }
            }
        }
        return new BuilderProfiles(changes);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /**
     * The {@code -P} that makes a run of the goals on the host activate what the builder does: its own profiles
     * on, the host's alone off; none when they agree. Profiles of a JDK stay as the host's JDK has them: a build
     * for another JDK's profiles would fail on this one (a JDK 8 profile's options on JDK 17).
     */
    public List<String> hostArguments() {
        Set<String> selection = new LinkedHashSet<>();
        List<Change> settable = changes.stream().filter(change -> !change.byJdk()).toList();
        settable.stream().filter(change -> !change.onHost()).forEach(change -> selection.add(change.profile()));
        settable.stream().filter(Change::onHost).forEach(change -> selection.add("!" + change.profile()));
        return selection.isEmpty() ? List.of() : List.of("-P" + String.join(",", selection));
    }

    /** One line per change, for the log. */
    public List<String> describe() {
        return changes.stream().map(change -> change.project() + ": profile '" + change.profile() + "' ("
                + change.activation() + ") is active " + (change.onHost() ? "on the host only" : "in the builder only"))
                .toList();
    }

    /** The change of profile {@code id}, activated in {@code project}'s model or a parent's. */
    private static Change change(MavenProject project, String projectName, String id, boolean onHost) {
        Activation activation = activation(project, id);
        return new Change(projectName, id, onHost, activation == null ? "activation unknown" : describe(activation),
                activation != null && activation.getJdk() != null);
    }

    /** How the POM of {@code project} or of a parent activates profile {@code id}; null if none says. */
    private static Activation activation(MavenProject project, String id) {
        for (MavenProject model = project; model != null; model = model.getParent()) {
            for (Profile profile : model.getModel().getProfiles()) {
                if (id.equals(profile.getId()) && profile.getActivation() != null) {
                    return profile.getActivation();
                }
            }
        }
        return null;
    }

    private static String describe(Activation activation) {
        List<String> conditions = new ArrayList<>();
        if (activation.getJdk() != null) {
            conditions.add("jdk " + activation.getJdk());
        }
        if (activation.getOs() != null) {
            conditions.add("os " + Stream.of(activation.getOs().getFamily(),
                    activation.getOs().getName(), activation.getOs().getArch(), activation.getOs().getVersion())
                    .filter(Objects::nonNull).collect(Collectors.joining(" ")));
        }
        if (activation.getProperty() != null) {
            conditions.add("property " + activation.getProperty().getName()
                    + (activation.getProperty().getValue() == null ? "" : "=" + activation.getProperty().getValue()));
        }
        if (activation.getFile() != null) {
            conditions.add(activation.getFile().getExists() != null ? "file exists " + activation.getFile().getExists()
                    : "file missing " + activation.getFile().getMissing());
        }
        if (activation.isActiveByDefault()) {
            conditions.add("active by default");
        }
        return conditions.isEmpty() ? "activation unknown" : String.join(", ", conditions);
    }
}
