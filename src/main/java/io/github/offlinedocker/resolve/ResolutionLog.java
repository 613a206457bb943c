package io.github.offlinedocker.resolve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The file through which a recording run (a forked Maven, see {@link RecordedRun}) hands what it resolved to
 * the plugin: one tab-separated line per artifact ({@code A}) or version list read ({@code V}).
 */
final class ResolutionLog {

    /** The system property that tells {@link ResolutionLogSpy} where to write. */
    static final String FILE_PROPERTY = "offline-docker.resolutionLog";

    private ResolutionLog() {}

    /** Writes what {@code recorder} holds to {@code file}. */
    static void write(ResolutionRecorder recorder, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        for (ResolvedArtifact a : recorder.recorded()) {
            lines.add("A\t" + a.serialized());
        }
        for (String key : recorder.versionListsRead()) {
            lines.add("V\t" + key);
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** Adds what {@code file} lists to {@code recorder}. */
    static void read(Path file, ResolutionRecorder recorder) throws IOException {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Optional<ResolvedArtifact> artifact =
                    line.startsWith("A\t") ? ResolvedArtifact.parse(line.substring(2)) : Optional.empty();
            if (artifact.isPresent()) {
                recorder.add(artifact.get());
            } else if (line.startsWith("V\t")) {
                recorder.addVersionList(line.substring(2));
            } else if (!line.isBlank()) {
                throw new IOException("Unreadable line in resolution log " + file + ": " + line);
            }
        }
    }
}
