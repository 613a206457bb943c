package io.github.offlinedocker.resolve;

import java.util.Optional;
import java.util.Set;

/**
 * Plugins whose goals download what they need from outside Maven's repositories while they run, which the
 * builder stage, with no network, cannot: frontend-maven-plugin's Node.js (from {@code nodeDownloadRoot},
 * nodejs.org by default) and the packages npm, Yarn, pnpm or Bun fetch from their registry. No closure can hold
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

    private DownloadingPlugins() {}

    /**
     * What goal {@code goal} of plugin {@code groupId:artifactId} downloads from outside Maven's repositories, or
     * empty when it downloads nothing, or is skipped.
     */
    static Optional<RunTimeResolution.Outside> of(String groupId, String artifactId, String goal, boolean skipped) {
        if (skipped || !FRONTEND.equals(groupId + ":" + artifactId)) {
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
}
