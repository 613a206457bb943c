package io.github.offlinedocker.it;

import java.io.File;
import java.io.IOException;
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
}
