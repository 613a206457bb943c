package io.github.offlinedocker.resolve;

import java.util.List;

/** What one mojo execution resolves while it runs, beyond its plugin's and the project's dependencies. */
sealed interface RunTimeResolution {

    /** Artifacts, as coordinates, to resolve with their dependencies: none for a mojo that cannot resolve. */
    record Known(List<String> artifacts) implements RunTimeResolution {}

    /**
     * Downloads from outside Maven's repositories (Node.js, npm packages): nothing can hold it for the network-less
     * builder. {@code what} says what, {@code instead} what the user can do, both for the error.
     */
    record Outside(String what, String instead) implements RunTimeResolution {}

    /** Only a run shows it; {@code duringTests}: only a run that runs the tests. */
    record Unknown(String reason, boolean duringTests) implements RunTimeResolution {}
}
