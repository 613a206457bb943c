package io.github.offlinedocker.resolve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the last resolution found, kept beside the offline repository with the fingerprint of its inputs (see
 * {@link ResolutionFingerprint}). While the fingerprint matches and every file is still there, a build reuses it
 * instead of resolving again. One line per entry: {@code F} fingerprint, {@code A} artifact, {@code R} runtime
 * class-path entry (by repository path), {@code M} module jar, {@code V} version list.
 */
final class ResolutionCache {

    private final Path file;

    ResolutionCache(Path file) {
        this.file = file;
    }

    /**
     * The closure stored under {@code fingerprint}; empty when there is none, it was stored under another
     * fingerprint, or one of its files has gone from the local repository.
     */
    Optional<Closure> load(String fingerprint) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals("F\t" + fingerprint)) {
            return Optional.empty();
        }
        Map<String, ResolvedArtifact> artifacts = new LinkedHashMap<>();
        List<ResolvedArtifact> runtimeClasspath = new ArrayList<>();
        List<String> moduleJars = new ArrayList<>();
        Set<String> versionLists = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String value = line.length() > 2 ? line.substring(2) : "";
            switch (line.isEmpty() ? ' ' : line.charAt(0)) {
                case 'A' -> {
                    Optional<ResolvedArtifact> artifact = ResolvedArtifact.parse(value);
                    if (artifact.isEmpty() || !Files.isRegularFile(artifact.get().file())) {
                        return Optional.empty();
                    }
                    artifacts.put(artifact.get().repositoryPath(), artifact.get());
                }
                case 'R' -> {
                    ResolvedArtifact entry = artifacts.get(value);
                    if (entry == null) {
                        return Optional.empty();
                    }
                    runtimeClasspath.add(entry);
                }
                case 'M' -> moduleJars.add(value);
                case 'V' -> versionLists.add(value);
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new Closure(List.copyOf(artifacts.values()), runtimeClasspath, moduleJars, versionLists));
    }

    /** Stores {@code closure} under {@code fingerprint}, replacing what was stored. */
    void store(String fingerprint, Closure closure) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("F\t" + fingerprint);
        closure.artifacts().forEach(a -> lines.add("A\t" + a.serialized()));
        closure.runtimeClasspath().forEach(a -> lines.add("R\t" + a.repositoryPath()));
        closure.moduleJars().forEach(jar -> lines.add("M\t" + jar));
        closure.versionLists().stream().sorted().forEach(key -> lines.add("V\t" + key));
        Files.createDirectories(file.getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** Forgets what was stored, so a failed or partial resolution is never reused. */
    void clear() throws IOException {
        Files.deleteIfExists(file);
    }
}
