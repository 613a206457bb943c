package io.github.offlinedocker.it;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Deploys a setup project of an IT to the private repository, as its owner would, from a throwaway local
 * repository: the IT's own build must then get it through the private repository with settings.xml's
 * credentials, or not at all.
 */
public final class PrivateDeployment {

    private PrivateDeployment() {}

    /**
     * Runs {@code mvn deploy} in {@code project}, writing its output to {@code log}.
     *
     * @param properties extra {@code name=value} system properties, e.g. to label a SNAPSHOT build
     */
    public static void deploy(File project, File scratchRepository, String repoId, String repoUrl, String username,
            String password, File log, String... properties) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>();
        arguments.add("-DaltDeploymentRepository=" + repoId + "::" + repoUrl);
        for (String property : properties) {
            arguments.add("-D" + property);
        }
        arguments.add("deploy");
        new ItMaven(repoId, username, password, scratchRepository).run(project, log, arguments.toArray(String[]::new));
    }

    /** Replaces the file at {@code url} of the private repository with {@code content}, as an attacker could. */
    public static void overwrite(String url, String username, String password, String content)
            throws IOException, InterruptedException {
        String login = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Basic " + login)
                        .PUT(HttpRequest.BodyPublishers.ofString(content))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new AssertionError("PUT " + url + " answered " + response.statusCode());
        }
    }
}
