package io.github.offlinedocker.image;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.offlinedocker.ConfigurationException;
import io.github.offlinedocker.EnvironmentException;
import io.github.offlinedocker.OfflineDockerException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Archives of images as {@code docker save} writes them, for engines that reach no registry: an image the engine
 * lacks is loaded from the archive whose {@code manifest.json} names it.
 */
final class ImageArchives {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Path> files;
    /** Each archive by the tags it holds; read when first asked, as only a missing base image needs it. */
    private Map<String, Path> byTag;

    ImageArchives(List<Path> files) {
        this.files = List.copyOf(files);
    }

    /** The archive that holds {@code image}, a tag ({@code name} alone meaning {@code name:latest}). */
    Optional<Path> holding(String image) throws OfflineDockerException {
        if (byTag == null) {
            Map<String, Path> tags = new HashMap<>();
            for (Path file : files) {
                for (String tag : tags(file)) {
                    tags.putIfAbsent(tag, file);
                }
            }
            byTag = tags;
        }
        return Optional.ofNullable(byTag.getOrDefault(image, byTag.get(image + ":latest")));
    }

    /** Loads {@code archive} into the engine. */
    static void load(DockerEngine engine, Path archive) throws EnvironmentException {
        try (InputStream input = Files.newInputStream(archive)) {
            engine.client().loadImageCmd(input).exec();
        } catch (IOException | RuntimeException e) {
            throw new EnvironmentException("The Docker engine at " + engine.host() + " could not load the image"
                    + " archive " + archive + ": " + e.getMessage(), e);
        }
    }

    /** The tags {@code manifest.json} of the archive {@code file} lists. */
    private static List<String> tags(Path file) throws OfflineDockerException {
        if (!Files.isRegularFile(file)) {
            throw new ConfigurationException("<baseImageArchives> " + file + " does not exist. Write it with"
                    + " 'docker save -o " + file + " <image>', or remove it.");
        }
        try (TarArchiveInputStream tar = new TarArchiveInputStream(Files.newInputStream(file))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                if (entry.getName().equals("manifest.json")) {
                    JsonNode manifest = JSON.readTree(tar.readAllBytes());
                    List<String> tags = new ArrayList<>();
                    manifest.findValues("RepoTags").forEach(list -> list.forEach(tag -> tags.add(tag.asText())));
                    return tags;
                }
            }
        } catch (IOException e) {
            throw new ConfigurationException("<baseImageArchives> " + file + " is not an archive 'docker save'"
                    + " writes (" + e.getMessage() + "). Write it again with 'docker save -o " + file + " <image>'.",
                    e);
        }
        throw new ConfigurationException("<baseImageArchives> " + file + " has no manifest.json, so it is not an"
                + " archive 'docker save' writes. Write it again with 'docker save -o " + file + " <image>'.");
    }
}
