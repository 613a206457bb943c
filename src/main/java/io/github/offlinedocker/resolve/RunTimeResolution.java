package io.github.offlinedocker.resolve;

import java.util.List;

/** What one mojo execution resolves while it runs, beyond its plugin's and the project's dependencies. */
sealed interface RunTimeResolution {

    /** Artifacts, as coordinates, to resolve with their dependencies: none for a mojo that cannot resolve. */
    record Known(List<String> artifacts) implements RunTimeResolution {}

    /**
     * Needs what only the host has (a download from outside Maven's repositories, the project's .git): nothing can
     * hold it for the builder. For the error: {@code what} the goal does ("downloads Node.js …"), {@code why} the
     * builder cannot, {@code instead} what the user can do.
     */
    record Outside(String what, String why, String instead) implements RunTimeResolution {}

    /** Only a run shows it; {@code duringTests}: only a run that runs the tests. */
    record Unknown(String reason, boolean duringTests) implements RunTimeResolution {}
}
