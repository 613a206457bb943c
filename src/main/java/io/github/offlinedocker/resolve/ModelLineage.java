package io.github.offlinedocker.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Model;
import org.apache.maven.model.Parent;
import org.apache.maven.project.MavenProject;

/**
 * The POMs from outside the reactor that a project's model is built from: the first parent that is not a
 * reactor module, and every BOM the project and its reactor parents import. Reading each of them as an
 * artifact descriptor resolves its own parents and nested imports too.
 */
final class ModelLineage {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]+)}");

    private ModelLineage() {}

    /**
     * The POMs as {@code groupId:artifactId:pom:version}.
     *
     * @param project the project
     * @param reactor the projects of the build, whose POMs are read from their directories, not a repository
     */
    static List<String> externalPoms(MavenProject project, List<MavenProject> reactor) {
        List<String> poms = new ArrayList<>();
        MavenProject current = project;
        while (current != null) {
            importsOf(current, poms);
            Parent parent = current.getModel().getParent();
            if (parent == null) {
                break;
            }
            MavenProject reactorParent = find(reactor, parent);
            if (reactorParent == null) {
                poms.add(parent.getGroupId() + ":" + parent.getArtifactId() + ":pom:" + parent.getVersion());
            }
            current = reactorParent;
        }
        return poms;
    }

    private static void importsOf(MavenProject project, List<String> poms) {
        Model original = project.getOriginalModel();
        if (original == null || original.getDependencyManagement() == null) {
            return;
        }
        for (Dependency dependency : original.getDependencyManagement().getDependencies()) {
            if ("import".equals(dependency.getScope()) && "pom".equals(dependency.getType())) {
                Properties properties = project.getProperties();
                poms.add(interpolate(dependency.getGroupId(), project, properties) + ":"
                        + interpolate(dependency.getArtifactId(), project, properties) + ":pom:"
                        + interpolate(dependency.getVersion(), project, properties));
            }
        }
    }

    /** Replaces {@code ${property}} and {@code ${project.version}}-style references with the project's values. */
    static String interpolate(String value, MavenProject project, Properties properties) {
        if (value == null) {
            return "";
        }
        Matcher matcher = EXPRESSION.matcher(value);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String replacement = switch (name) {
                case "project.version", "pom.version", "version" -> project.getVersion();
                case "project.groupId", "pom.groupId", "groupId" -> project.getGroupId();
                case "project.parent.version", "parent.version" ->
                        project.getModel().getParent() == null ? null : project.getModel().getParent().getVersion();
                default -> properties.getProperty(name);
            };
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement == null ? matcher.group() : replacement));
        }
        return matcher.appendTail(result).toString();
    }

    private static MavenProject find(List<MavenProject> reactor, Parent parent) {
        for (MavenProject candidate : reactor) {
            if (candidate.getGroupId().equals(parent.getGroupId())
                    && candidate.getArtifactId().equals(parent.getArtifactId())
                    && candidate.getVersion().equals(parent.getVersion())) {
                return candidate;
            }
        }
        return null;
    }
}
