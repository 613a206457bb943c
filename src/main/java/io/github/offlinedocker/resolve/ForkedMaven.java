package io.github.offlinedocker.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** Runs the Maven installation the host build runs on, as a separate process, with its output streamed. */
final class ForkedMaven {

    private final Path mavenHome;
    private final Path javaHome;

    /** The Maven and Java of this very build. */
    ForkedMaven() {
        this(Path.of(System.getProperty("maven.home")), Path.of(System.getProperty("java.home")));
    }

    ForkedMaven(Path mavenHome, Path javaHome) {
        this.mavenHome = mavenHome;
        this.javaHome = javaHome;
    }

    /** Runs {@code mvn <arguments>} in {@code directory}; every output line goes to {@code output}. */
    int run(List<String> arguments, Path directory, Consumer<String> output) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(executable().toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", javaHome.toString());
        Process process = builder.start();
        process.getOutputStream().close();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.accept(line);
            }
            return process.waitFor();
        } finally {
            // bin/mvn is a script: stop the JVM it started too, when we were interrupted.
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
    }

    Path executable() throws IOException {
        boolean windows = System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("win");
        Path mvn = mavenHome.resolve("bin").resolve(windows ? "mvn.cmd" : "mvn");
        if (!Files.isRegularFile(mvn)) {
            throw new IOException("No Maven launcher at " + mvn + " (maven.home=" + mavenHome + ")");
        }
        return mvn;
    }
}
