package io.github.offlinedocker.it;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs Maven from an IT's hook script, as a user would between two builds: the Maven running the IT, with
 * settings that hold the private repository's credentials, like the ones the invoker gives the IT itself.
 */
public final class ItMaven {

    private final String repoId;
    private final String username;
    private final String password;
    private final File localRepository;

    /**
     * @param localRepository the local repository to use, or {@code null} for a throwaway one beside the log
     */
    public ItMaven(String repoId, String username, String password, File localRepository) {
        this.repoId = repoId;
        this.username = username;
        this.password = password;
        this.localRepository = localRepository;
    }

    /**
     * Runs {@code mvn -B <arguments>} in {@code project} with settings that hold the private repository's login,
     * writing the output to {@code log}, and returns the output; fails with it when Maven fails.
     */
    public String run(File project, File log, String... arguments) throws IOException, InterruptedException {
        Path settings = writeSettings();
        try {
            return runWithSettings(settings.toFile(), project, log, arguments);
        } finally {
            Files.deleteIfExists(settings);
        }
    }

    /** As {@link #run}, with the given settings file instead. */
    public String runWithSettings(File settings, File project, File log, String... arguments)
            throws IOException, InterruptedException {
        int exit = launch(settings, project, log, arguments).waitFor();
        String output = Files.readString(log.toPath(), StandardCharsets.UTF_8);
        if (exit != 0) {
            throw new AssertionError("'mvn " + String.join(" ", arguments) + "' in " + project + " failed, see "
                    + log + ":\n" + output);
        }
        return output;
    }

    /**
     * As {@link #run}, but returns the running Maven at once, for a script that interrupts it or runs another
     * beside it. Its pid is the JVM's: env and the {@code mvn} script exec in turn.
     */
    public Process start(File project, File log, String... arguments) throws IOException {
        Path settings = writeSettings();
        Process process = launch(settings.toFile(), project, log, arguments);
        process.onExit().thenRun(() -> settings.toFile().delete());
        return process;
    }

    /**
     * Waits until {@code log}, written by {@code process}, holds {@code text}; fails when the process ends first or
     * after {@code timeout}.
     */
    public static void awaitOutput(Process process, File log, String text, Duration timeout)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!(log.exists() && Files.readString(log.toPath(), StandardCharsets.UTF_8).contains(text))) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("'" + text + "' never appeared in " + log + " (Maven "
                        + (process.isAlive() ? "still runs" : "ended with " + process.exitValue()) + "):\n"
                        + (log.exists() ? Files.readString(log.toPath(), StandardCharsets.UTF_8) : ""));
            }
            Thread.sleep(100);
        }
    }

    /**
     * Sends the running Maven {@code process} SIGINT, as Ctrl-C does, and returns its exit code once it has
     * ended; fails when it still runs a minute later.
     */
    public static int interrupt(Process process) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).start();
        if (kill.waitFor() != 0) {
            throw new AssertionError("kill -INT " + process.pid() + " failed");
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new AssertionError("Maven (pid " + process.pid() + ") still runs a minute after SIGINT");
        }
        return process.exitValue();
    }

    private Path writeSettings() throws IOException {
        Path settings = Files.createTempFile("it-settings", ".xml");
        Files.writeString(settings, "<settings><servers><server><id>" + repoId + "</id><username>" + username
                + "</username><password>" + password + "</password></server></servers></settings>");
        return settings;
    }

    private Process launch(File settings, File project, File log, String... arguments) throws IOException {
        File repository = localRepository != null
                ? localRepository
                : new File(log.getParentFile(), log.getName() + ".repository");
        // A JVM started with SIGINT ignored, as a shell's background job is, never ends on it: give Maven the
        // default, as a terminal's Ctrl-C finds it.
        List<String> command = new ArrayList<>(List.of("env", "--default-signal=INT",
                Path.of(System.getProperty("maven.home"), "bin", "mvn").toString(), "-B", "-Dstyle.color=never",
                "-s", settings.getPath(),
                "-Dmaven.repo.local=" + repository));
        command.addAll(Arrays.asList(arguments));
        return new ProcessBuilder(command)
                .directory(project)
                .redirectErrorStream(true)
                .redirectOutput(log)
                .start();
    }
}
