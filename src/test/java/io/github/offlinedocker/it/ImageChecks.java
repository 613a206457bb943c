package io.github.offlinedocker.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.offlinedocker.FileTree;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * What the invoker ITs' {@code verify.groovy} scripts check on real images, through the docker CLI. The
 * scripts get it on their class path through the invoker's {@code addTestClassPath}.
 */
public final class ImageChecks {

    private ImageChecks() {}

    /** The numeric user id the image's processes run as, asked of {@code id -u} in a container of it. */
    public static String userId(String image) {
        return run(List.of("docker", "run", "--rm", "--network", "none", "--entrypoint", "id", image, "-u"));
    }

    /**
     * The numeric user id of the process a server image starts, as the engine's host sees it ({@code docker top}),
     * for images with no {@code id} to ask, such as shell-less ones.
     */
    public static String serverUserId(String image) throws InterruptedException {
        String name = "offline-docker-it-" + System.nanoTime();
        run(List.of("docker", "run", "-d", "--network", "none", "--name", name, image));
        try {
            for (int attempt = 0; attempt < 50; attempt++) {
                List<String> rows = run(List.of("docker", "top", name, "-o", "pid,uid")).lines().skip(1).toList();
                if (!rows.isEmpty()) {
                    return rows.get(0).trim().split("\\s+")[1];
                }
                Thread.sleep(100);
            }
            throw new AssertionError("no process in a container of " + image);
        } finally {
            run(List.of("docker", "rm", "-f", name));
        }
    }

    /** The value of the image's label {@code name}; empty when it has none. */
    public static String label(String image, String name) {
        return run(List.of("docker", "image", "inspect", "--format",
                "{{index .Config.Labels \"" + name + "\"}}", image)).replace("<no value>", "");
    }

    /**
     * Pulls {@code repository@digest} from its registry with the docker CLI, logged in with {@code username} and
     * {@code password} through a throwaway Docker configuration (the user's own stays untouched), and returns the
     * id of the pulled image.
     */
    public static String pullByDigest(String repository, String digest, String username, String password)
            throws IOException {
        Path config = Files.createTempDirectory("docker-config");
        try {
            String registry = repository.substring(0, repository.indexOf('/'));
            runWithConfig(config, password, "login", "--username", username, "--password-stdin", registry);
            runWithConfig(config, null, "pull", repository + "@" + digest);
            return run(List.of("docker", "image", "inspect", "--format", "{{.Id}}", repository + "@" + digest));
        } finally {
            FileTree.deleteRecursively(config);
        }
    }

    /**
     * Deletes every manifest of {@code repository} in the registry at {@code registryHost} (plain HTTP, logged in
     * as {@code username}), so that a test starts from a registry that has none of its images.
     */
    public static void emptyRegistryRepository(String registryHost, String repository, String username,
            String password) throws IOException, InterruptedException {
        String base = "http://" + registryHost + "/v2/" + repository;
        String auth = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> tags = registry(http, auth, "GET", base + "/tags/list");
        if (tags.statusCode() == 404) {
            return;
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode names = json.readTree(tags.body()).path("tags");
        for (JsonNode tag : names) {
            String digest = registry(http, auth, "HEAD", base + "/manifests/" + tag.asText()).headers()
                    .firstValue("Docker-Content-Digest").orElseThrow();
            int deleted = registry(http, auth, "DELETE", base + "/manifests/" + digest).statusCode();
            if (deleted != 202) {
                throw new AssertionError("DELETE " + base + "/manifests/" + digest + " answered " + deleted);
            }
        }
        JsonNode left = json.readTree(registry(http, auth, "GET", base + "/tags/list").body()).path("tags");
        if (left.size() > 0) {
            throw new AssertionError(repository + " still has the tags " + left + " in " + registryHost);
        }
    }

    private static HttpResponse<String> registry(HttpClient http, String auth, String method, String url)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth)
                .header("Accept", "application/vnd.docker.distribution.manifest.v2+json")
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void runWithConfig(Path config, String input, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("docker", "--config", config.toString()));
        command.addAll(Arrays.asList(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (OutputStream stdin = process.getOutputStream()) {
            if (input != null) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (process.waitFor() != 0) {
                throw new AssertionError("docker " + String.join(" ", arguments) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Runs the docker CLI with {@code arguments}; its standard output, trimmed. Fails when it fails. */
    public static String dockerCli(String... arguments) {
        return cli("docker", arguments);
    }

    /** Runs {@code program} (docker, podman, buildah) with {@code arguments}; its standard output, trimmed. */
    public static String cli(String program, String... arguments) {
        List<String> command = new ArrayList<>(List.of(program));
        command.addAll(Arrays.asList(arguments));
        return run(command);
    }

    /** Runs {@code image} with no network and {@code arguments}; its standard output, trimmed. */
    public static String output(String image, String... arguments) {
        List<String> command = new ArrayList<>(List.of("docker", "run", "--rm", "--network", "none", image));
        command.addAll(Arrays.asList(arguments));
        return run(command);
    }

    /**
     * Starts {@code image} with {@code containerPort} published on loopback, asks it for {@code path} until it
     * answers (30 s at most), removes the container and returns the answer's body.
     */
    public static String answer(String image, int containerPort, String path) throws InterruptedException {
        String name = "offline-docker-it-" + System.nanoTime();
        run(List.of("docker", "run", "-d", "--name", name, "-p", "127.0.0.1::" + containerPort, image));
        try {
            String published = run(List.of("docker", "port", name, containerPort + "/tcp")).lines().findFirst()
                    .orElseThrow();
            URI uri = URI.create("http://127.0.0.1:" + published.substring(published.lastIndexOf(':') + 1) + path);
            HttpClient http = HttpClient.newHttpClient();
            for (int attempt = 0; attempt < 60; attempt++) {
                try {
                    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
                } catch (IOException notYet) {
                    Thread.sleep(500);
                }
            }
            throw new AssertionError(image + " did not answer " + uri + " within 30 s");
        } finally {
            run(List.of("docker", "rm", "-f", name));
        }
    }

    /** Whether {@code docker save} of {@code image}, its every layer and its configuration, holds {@code needle}. */
    public static boolean savedImageContains(String image, byte[] needle) throws IOException, InterruptedException {
        return !Canaries.foundInSavedImage(image, Map.of("needle", needle)).isEmpty();
    }

    /** The text of the file at {@code path} in {@code image}, copied out of a container that never starts. */
    public static String fileOf(String image, String path) throws IOException {
        String container = run(List.of("docker", "create", image));
        Path copy = Files.createTempDirectory("offline-docker-it-");
        try {
            run(List.of("docker", "cp", container + ":" + path, copy.toString()));
            return Files.readString(copy.resolve(Path.of(path).getFileName().toString()), StandardCharsets.UTF_8);
        } finally {
            run(List.of("docker", "rm", container));
            FileTree.deleteRecursively(copy);
        }
    }

    /** The id of the image {@code reference} names. */
    public static String imageId(String reference) {
        return run(List.of("docker", "image", "inspect", "--format", "{{.Id}}", reference));
    }

    /** Whether {@code needle} occurs in {@code input}, read in chunks so that inputs of any size fit. */
    public static boolean contains(InputStream input, byte[] needle) throws IOException {
        return !Canaries.foundIn(input, Map.of("needle", needle)).isEmpty();
    }

    /** Runs a CLI command; its standard output, trimmed, or an AssertionError with its error output. */
    private static String run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).start();
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            Thread errorReader = new Thread(() -> {
                try {
                    process.getErrorStream().transferTo(errors);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            errorReader.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = process.waitFor();
            errorReader.join();
            if (exit != 0) {
                throw new AssertionError(String.join(" ", command) + " exited " + exit + ": "
                        + errors.toString(StandardCharsets.UTF_8));
            }
            return output.trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
