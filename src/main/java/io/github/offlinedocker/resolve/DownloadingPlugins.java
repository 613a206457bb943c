package io.github.offlinedocker.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Plugins whose goals download what they need from outside Maven's repositories while they run, which the
 * builder stage, with no network, cannot: frontend-maven-plugin's Node.js (from {@code nodeDownloadRoot},
 * nodejs.org by default) and the packages npm, Yarn, pnpm or Bun fetch from their registry; the javadoc tool,
 * given {@code -link URL} among maven-javadoc-plugin's raw options, the package list at that URL (the plugin leaves
 * out the {@code <links>} it knows under {@code mvn -o}, not the options it passes through). No closure can hold
 * those, so the plan fails on them, before Docker, saying what to do instead.
 */
final class DownloadingPlugins {

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

    private DownloadingPlugins() {}

    /**
     * What goal {@code goal} of plugin {@code groupId:artifactId} downloads from outside Maven's repositories, or
     * empty when it downloads nothing, or is skipped.
     */
    static Optional<RunTimeResolution.Outside> of(String groupId, String artifactId, String goal,
            Xpp3Dom configuration, boolean skipped) {
        if (skipped) {
            return Optional.empty();
        }
        if (JAVADOC.equals(groupId + ":" + artifactId)) {
            List<String> links = remoteLinks(configuration);
            return links.isEmpty() ? Optional.empty() : Optional.of(new RunTimeResolution.Outside("the package list"
                    + " of " + String.join(", ", links) + " for the javadoc tool's '-link' among the plugin's raw"
                    + " options, which it passes on under 'mvn -o' too", JAVADOC_INSTEAD));
        }
        if (!FRONTEND.equals(groupId + ":" + artifactId)) {
            return Optional.empty();
        }
        if (INSTALLERS.contains(goal)) {
            return Optional.of(new RunTimeResolution.Outside("Node.js (and its package manager) from its"
                    + " nodeDownloadRoot, nodejs.org unless configured", FRONTEND_INSTEAD));
        }
        if (PACKAGE_MANAGERS.contains(goal)) {
            return Optional.of(new RunTimeResolution.Outside("the packages '" + goal + "' fetches from its registry",
                    FRONTEND_INSTEAD));
        }
        return Optional.empty();
    }

    /** The remote URLs of {@code -link} options in the javadoc plugin's raw options, in their order. */
    private static List<String> remoteLinks(Xpp3Dom configuration) {
        List<String> links = new ArrayList<>();
        for (String name : JAVADOC_RAW_OPTIONS) {
            Xpp3Dom option = configuration == null ? null : configuration.getChild(name);
            if (option == null) {
                continue;
            }
            List<String> texts = new ArrayList<>();
            texts.add(option.getValue());
            for (Xpp3Dom item : option.getChildren()) {
                texts.add(item.getValue());
            }
            for (String text : texts) {
                Matcher link = REMOTE_LINK.matcher(text == null ? "" : text);
                while (link.find()) {
                    links.add(link.group(1));
                }
            }
        }
        return links;
    }
}
