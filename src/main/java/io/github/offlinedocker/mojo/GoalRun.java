package io.github.offlinedocker.mojo;

import io.github.offlinedocker.ConfigurationException;
import io.github.offlinedocker.OfflineDockerException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/** How every goal runs: skipped when asked, and the core's failures translated into Maven's. */
final class GoalRun {

    /** A goal's work. */
    interface Work {
        void run() throws OfflineDockerException;
    }

    /** The switch that skips every goal; the builder stage sets it. */
    static final String SKIP = "offline-docker.skip";

    /** The switch that skips pushes alone, the {@code push} goal's and the {@code build} goal's {@code push}. */
    static final String SKIP_PUSH = "offline-docker.skipPush";

    private GoalRun() {}

    /**
     * Runs {@code work} unless {@code skippedBy} names the switch that skips it. A {@link ConfigurationException} (the user's configuration or
     * project is wrong) becomes a {@link MojoFailureException}, any other failure of the environment a
     * {@link MojoExecutionException}; both keep the cause.
     */
    static void run(Log log, String skippedBy, Work work) throws MojoExecutionException, MojoFailureException {
        if (skippedBy != null) {
            log.info("Skipping offline-docker (" + skippedBy + "=true)");
            return;
        }
        try {
            work.run();
        } catch (ConfigurationException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (OfflineDockerException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }
}
