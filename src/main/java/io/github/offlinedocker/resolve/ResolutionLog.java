package io.github.offlinedocker.resolve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
            lines.add(String.join("\t", "A", a.coordinates(), a.groupId(), a.artifactId(), a.baseVersion(),
                    a.classifier(), a.extension(), a.file().toString(), a.repositoryId()));
        }
        for (String key : recorder.versionListsRead()) {
            lines.add("V\t" + key);
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** Adds what {@code file} lists to {@code recorder}. */
    static void read(Path file, ResolutionRecorder recorder) throws IOException {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] fields = line.split("\t", -1);
            if (fields.length == 9 && "A".equals(fields[0])) {
                recorder.add(new ResolvedArtifact(fields[1], fields[2], fields[3], fields[4], fields[5], fields[6],
                        Path.of(fields[7]), fields[8]));
            } else if (fields.length == 2 && "V".equals(fields[0])) {
                recorder.addVersionList(fields[1]);
            } else if (!line.isBlank()) {
                throw new IOException("Unreadable line in resolution log " + file + ": " + line);
            }
        }
    }
}
