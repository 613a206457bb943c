package io.github.offlinedocker.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Goals that need, while they run, what only the host has, and the builder stage cannot: downloads from outside
 * Maven's repositories (frontend-maven-plugin's Node.js, from {@code nodeDownloadRoot}, nodejs.org by default, and
 * the packages npm, Yarn, pnpm or Bun fetch from their registry; the package list at the URL of a {@code -link}
 * among maven-javadoc-plugin's raw options, which the plugin passes on under {@code mvn -o}, unlike the
 * {@code <links>} it knows), and the project's Git repository, which git-commit-id-maven-plugin reads and no build
 * context carries. No closure can hold those, so the plan fails on them, before Docker, saying what to do instead.
 */
final class HostOnlyGoals {

    private static final String NO_NETWORK = "that comes from outside Maven's repositories while the goal runs,"
            + " and the builder stage has no network";

    private static final String FRONTEND = "com.github.eirslett:frontend-maven-plugin";

    private static final Set<String> INSTALLERS = Set.of("install-node-and-npm", "install-node-and-yarn",
            "install-node-and-pnpm", "install-node-and-corepack", "install-bun");

    private static final Set<String> PACKAGE_MANAGERS = Set.of("npm", "npx", "yarn", "pnpm", "corepack", "bun",
            "bower", "jspm");

    /** frontend-maven-plugin's goals honour {@code skip.<goal>} user properties, which the builder repeats. */
    private static final String FRONTEND_INSTEAD = "Build the frontend on the host into a folder the build context"
            + " carries (under src/, or named in <contextIncludes>), and skip frontend-maven-plugin's goals in the"
            + " builder, which repeats this build's user properties: e.g. 'mvn generate-resources', then"
            + " 'mvn -Dskip.installnodenpm -Dskip.npm offline-docker:build'.";

    private static final String JAVADOC = "org.apache.maven.plugins:maven-javadoc-plugin";

    /** The parameters whose text the javadoc plugin hands to the tool as it is (2.x, 3.x, and the JVM's). */
    private static final List<String> JAVADOC_RAW_OPTIONS = List.of("additionalparam", "additionalOptions",
            "additionalJOption", "additionalJOptions");

    private static final Pattern REMOTE_LINK = Pattern.compile("-link\\s+['\"]?(https?://[^\\s'\"]+)");

    private static final String JAVADOC_INSTEAD = "Name the site in <links> instead, which maven-javadoc-plugin"
            + " leaves out under 'mvn -o', or in <offlineLinks> with a package list the project carries; or skip"
            + " javadoc in the builder, which repeats this build's user properties:"
            + " 'mvn -Dmaven.javadoc.skip=true offline-docker:build'.";

    /**
     * Both coordinates the plugin has had; its 'revision' goal fails without .git unless told not to, and skips
     * itself through {@code skip} or, for {@code -Dmaven.gitcommitid.skip}, {@code skipViaCommandLine}.
     */
    private static final Set<String> GIT_COMMIT_ID = Set.of("io.github.git-commit-id:git-commit-id-maven-plugin",
            "pl.project13.maven:git-commit-id-plugin");

    private static final String NO_GIT = "the build context never carries .git (its config can hold credentials)";

    private static final String GIT_INSTEAD = "Let the goal go on without it, with <failOnNoGitDirectory>false"
            + "</failOnNoGitDirectory> in the plugin's configuration (the builder's build then has no git.*"
            + " properties), or skip it in the builder, which repeats this build's user properties:"
            + " 'mvn -Dmaven.gitcommitid.skip=true offline-docker:build'.";

    private HostOnlyGoals() {}

    /**
     * What goal {@code goal} of plugin {@code groupId:artifactId}, configured with {@code configuration}, needs
     * that only the host has, or empty when it needs nothing of the kind, or is skipped. {@code isTrue} tells
     * whether a parameter of the execution, as Maven evaluates it, is true.
     */
    static Optional<RunTimeResolution.Outside> of(String groupId, String artifactId, String goal,
            Xpp3Dom configuration, Predicate<String> isTrue) {
        String plugin = groupId + ":" + artifactId;
        boolean known = JAVADOC.equals(plugin) || GIT_COMMIT_ID.contains(plugin) || FRONTEND.equals(plugin);
        // Only these plugins' skip is worth evaluating.
        if (!known || isTrue.test("skip")) {
            return Optional.empty();
        }
        if (JAVADOC.equals(plugin)) {
            List<String> links = remoteLinks(configuration);
            return links.isEmpty() ? Optional.empty() : Optional.of(new RunTimeResolution.Outside("downloads the"
                    + " package list of " + String.join(", ", links) + " for the javadoc tool's '-link' among the"
                    + " plugin's raw options, which it passes on under 'mvn -o' too", NO_NETWORK, JAVADOC_INSTEAD));
        }
        if (GIT_COMMIT_ID.contains(plugin)) {
            return "revision".equals(goal) && isTrue.test("failOnNoGitDirectory")
                    && !isTrue.test("skipViaCommandLine")
                    ? Optional.of(new RunTimeResolution.Outside("reads the project's Git repository (.git), and"
                            + " fails without it", NO_GIT, GIT_INSTEAD))
                    : Optional.empty();
        }
        if (INSTALLERS.contains(goal)) {
            return Optional.of(new RunTimeResolution.Outside("downloads Node.js (and its package manager) from its"
                    + " nodeDownloadRoot, nodejs.org unless configured", NO_NETWORK, FRONTEND_INSTEAD));
        }
        if (PACKAGE_MANAGERS.contains(goal)) {
            return Optional.of(new RunTimeResolution.Outside("downloads the packages '" + goal + "' fetches from its"
                    + " registry", NO_NETWORK, FRONTEND_INSTEAD));
        }
        return Optional.empty();
    }

    /**
     * The remote URLs of {@code -link} options in the javadoc plugin's raw options, in their order: a list's items
     * are joined, since the option and its URL may be two of them.
     */
    private static List<String> remoteLinks(Xpp3Dom configuration) {
        StringBuilder options = new StringBuilder();
        for (String name : JAVADOC_RAW_OPTIONS) {
            Xpp3Dom option = configuration == null ? null : configuration.getChild(name);
            if (option != null) {
                options.append(' ').append(option.getValue() == null ? "" : option.getValue());
                for (Xpp3Dom item : option.getChildren()) {
                    options.append(' ').append(item.getValue() == null ? "" : item.getValue());
                }
            }
        }
        List<String> links = new ArrayList<>();
        Matcher link = REMOTE_LINK.matcher(options);
        while (link.find()) {
            links.add(link.group(1));
        }
        return links;
    }
}
