package io.github.offlinedocker.image;

import com.github.dockerjava.api.command.BuildImageCmd;
import com.github.dockerjava.api.command.BuildImageResultCallback;
import com.github.dockerjava.api.model.BuildResponseItem;
import io.github.offlinedocker.ConfigurationException;
import io.github.offlinedocker.EnvironmentException;
import io.github.offlinedocker.OfflineDockerException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds an image through the Docker API with no network ({@link DockerEngine#noNetworkMode}): the builder stage
 * sees only the loopback interface, so it can use nothing but what the context holds.
 */
public final class DockerImageBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(DockerImageBuilder.class);

    private static final Pattern FROM = Pattern.compile("Step \\d+/\\d+ : FROM (\\S+)( AS \\S+)?", Pattern.CASE_INSENSITIVE);

    /**
     * Builds {@code contextTar} on {@code engine} as {@code options} say and returns the image id. Every line of
     * the engine's output goes to {@code output}. Tags are set by the engine only when the build succeeds, so a
     * failure moves none.
     */
    String build(DockerEngine engine, Path contextTar, BuildOptions options, Consumer<String> output)
            throws OfflineDockerException {
        try {
            String networkMode = engine.noNetworkMode();
            LOG.info("Building image {} on {} with network mode {}", options.tags(), engine.host(), networkMode);
            BuildOutput lines = new BuildOutput(output);
            StreamingCallback callback = new StreamingCallback(lines);
            // Ctrl-C ends the JVM without unwinding this thread: closing the stream makes the engine cancel the
            // build and remove its containers, and says so before Maven is gone.
            Thread cancel = new Thread(() -> {
                callback.cancel();
                announce("Interrupted: cancelling the image build on " + engine.host(), LOG::warn,
                        () -> new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
            }, "offline-docker-cancel-build");
            Runtime.getRuntime().addShutdownHook(cancel);
            try (InputStream context = Files.newInputStream(contextTar)) {
                BuildImageCmd command = engine.client().buildImageCmd(context)
                        .withNetworkMode(networkMode)
                        .withTags(new HashSet<>(options.tags()))
                        .withNoCache(options.noCache())
                        // docker-java sends rm=false unless told; forcerm also removes the containers of failed steps.
                        .withRemove(true)
                        .withForcerm(true)
                        .withLabels(options.labels());
                options.buildArgs().forEach(command::withBuildArg);
                if (options.target() != null) {
                    command.withTarget(options.target());
                }
                if (options.platform() != null) {
                    command.withPlatform(options.platform());
                }
                if (!options.cacheFrom().isEmpty()) {
                    command.withCacheFrom(new HashSet<>(options.cacheFrom()));
                }
                command.exec(callback).awaitCompletion();
                // A cancelled build's stream ends in an error too: the cancellation is what to report.
                if (callback.failure != null && !callback.cancelled) {
                    throw callback.failure;
                }
            } catch (RuntimeException e) {
                throw refused(engine.host(), options, e);
            } catch (IOException e) {
                throw new EnvironmentException("Could not send the build context " + contextTar
                        + " to the Docker engine at " + engine.host() + ": " + e.getMessage(), e);
            } finally {
                removeShutdownHook(cancel);
            }
            lines.flush();
            if (callback.cancelled) {
                throw new EnvironmentException("The image build on " + engine.host() + " was cancelled: Maven was"
                        + " interrupted. No tag was set.");
            }
            if (callback.error != null) {
                throw new ConfigurationException(failure(lines.step(), callback.error, lines.lastLines()));
            }
            try {
                return callback.awaitImageId();
            } catch (RuntimeException e) {
                throw new EnvironmentException("The Docker engine at " + engine.host() + " ended the build without"
                        + " an image: " + e.getMessage(), e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EnvironmentException("Interrupted while the image was building", e);
        }
    }

    /**
     * The engine's refusal of the build request: a {@code <platform>} or {@code <target>} it does not know is the
     * user's to fix, anything else the environment's.
     */
    static OfflineDockerException refused(String host, BuildOptions options, RuntimeException e) {
        String message = String.valueOf(e.getMessage()).strip();
        if (options.platform() != null && message.contains("unknown operating system or architecture")) {
            return new ConfigurationException("<platform> '" + options.platform() + "' is not a platform the Docker"
                    + " engine at " + host + " knows (" + message + "). Give os/arch as docker's --platform takes"
                    + " it, e.g. 'linux/amd64' or 'linux/arm64', or leave it out for the engine's own.", e);
        }
        if (options.target() != null && message.contains("failed to reach build target")) {
            return new ConfigurationException("<target> '" + options.target() + "' is not a stage of the Dockerfile"
                    + " (" + message + "). The generated Dockerfile has the stage 'builder' and the last, unnamed"
                    + " one that is built by default; with your own <dockerfile>, name one of its stages, or leave"
                    + " <target> out.", e);
        }
        return new EnvironmentException("The Docker engine at " + host + " failed the build: " + message, e);
    }

    /** What failed, where, and (for a base image the engine cannot get) what to do about it. */
    static String failure(String step, String error, List<String> lastLines) {
        Matcher from = FROM.matcher(step);
        if (from.matches()) {
            return "The base image '" + from.group(1) + "' of '" + step + "' is not in the Docker engine and could"
                    + " not be pulled: " + error + ". Pull or build it into the engine first, or name another one"
                    + " with <builderImage> or <runtimeImage>.";
        }
        return "The image build failed at '" + step + "': " + error + "\nLast lines of its output:\n  "
                + String.join("\n  ", lastLines);
    }

    /**
     * Says {@code message} with {@code warn} from a shutdown hook. Maven 3.8's own shutdown hook resets its console
     * at the same moment, and the console's stream, written by both at once, can throw: then the message goes
     * straight to {@code stderr}.
     */
    static void announce(String message, Consumer<String> warn, Supplier<PrintStream> stderr) {
        try {
            warn.accept(message);
        } catch (RuntimeException console) {
            stderr.get().println("[WARNING] " + message);
        }
    }

    private static void removeShutdownHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook runs now, or has run: nothing to remove.
        }
    }

    private static final class StreamingCallback extends BuildImageResultCallback {
        private final BuildOutput lines;
        private volatile String error;
        private volatile RuntimeException failure;
        private volatile boolean cancelled;

        StreamingCallback(BuildOutput lines) {
            this.lines = lines;
        }

        /** Closes the build's stream, on which the engine cancels the build and removes its containers. */
        void cancel() {
            cancelled = true;
            closeStream();
        }

        /** Keeps the failure for the goal to report once: docker-java would log it at ERROR first. */
        @Override
        public void onError(Throwable throwable) {
            failure = throwable instanceof RuntimeException runtime ? runtime : new IllegalStateException(throwable);
            closeStream();
        }

        private void closeStream() {
            try {
                close();
            } catch (IOException e) {
                LOG.debug("Closing the build's stream failed: {}", e.toString());
            }
        }

        @Override
        public void onNext(BuildResponseItem item) {
            if (item.getStream() != null) {
                lines.accept(item.getStream());
            }
            if (item.isErrorIndicated()) {
                error = item.getErrorDetail() != null && item.getErrorDetail().getMessage() != null
                        ? item.getErrorDetail().getMessage()
                        : item.getError();
            }
            super.onNext(item);
        }
    }
}
