package io.github.offlinedocker.it;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Deploys a setup project of an IT to the private repository, as its owner would, from a throwaway local
 * repository: the IT's own build must then get it through the private repository with settings.xml's
 * credentials, or not at all.
 */
public final class PrivateDeployment {

    private PrivateDeployment() {}

    /**
     * Runs {@code mvn deploy} in {@code project} with the Maven running the IT, writing its output to
     * {@code log}; fails naming the log when the deployment fails.
     *
     * @param properties extra {@code -Dname=value} arguments, e.g. to label a SNAPSHOT build
     */
    public static void deploy(File project, File scratchRepository, String repoId, String repoUrl, String username,
            String password, File log, String... properties) throws IOException, InterruptedException {
        Path settings = Files.createTempFile("setup-settings", ".xml");
        try {
            Files.writeString(settings, "<settings><servers><server><id>" + repoId + "</id><username>" + username
                    + "</username><password>" + password + "</password></server></servers></settings>");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("maven.home"), "bin", "mvn").toString(), "-B",
                    "-s", settings.toString(),
                    "-Dmaven.repo.local=" + scratchRepository,
                    "-DaltDeploymentRepository=" + repoId + "::" + repoUrl));
            for (String property : properties) {
                command.add("-D" + property);
            }
            command.add("deploy");
            Process process = new ProcessBuilder(command)
                    .directory(project)
                    .redirectErrorStream(true)
                    .redirectOutput(log)
                    .start();
            if (process.waitFor() != 0) {
                throw new AssertionError("Deploying " + project + " failed, see " + log + ":\n"
                        + Files.readString(log.toPath(), StandardCharsets.UTF_8));
            }
        } finally {
            Files.deleteIfExists(settings);
        }
    }
}
