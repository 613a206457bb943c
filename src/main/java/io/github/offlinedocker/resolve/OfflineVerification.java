package io.github.offlinedocker.resolve;

import io.github.offlinedocker.ConfigurationException;
import io.github.offlinedocker.EnvironmentException;
import io.github.offlinedocker.FileTree;
import io.github.offlinedocker.OfflineDockerException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Proves an offline repository complete before Docker is involved: runs {@code mvn -o <goals>} on the host, as
 * the builder stage will, on a copy of the allow-listed project files, against a copy of the repository and
 * with empty settings.
 */
public final class OfflineVerification {

    private static final Logger LOG = LoggerFactory.getLogger(OfflineVerification.class);

    /** Maven 3.8 to 4 name what offline mode kept them from downloading this way. */
    private static final Pattern MISSING = Pattern.compile(
            "Cannot access (\\S+) \\((\\S+)\\) in offline mode and the artifact (\\S+) has not been downloaded");

    private final ForkedMaven maven;

    public OfflineVerification() {
        this(new ForkedMaven());
    }

    OfflineVerification(ForkedMaven maven) {
        this.maven = maven;
    }

    /**
     * Runs the offline build in {@code workDirectory} (replaced). Fails with the missing artifacts, and the
     * repository each would have come from, when the offline build does not pass.
     */
    public void verify(Path projectDirectory, List<String> projectEntries, List<String> goals,
            Path offlineRepository, Path workDirectory) throws OfflineDockerException {
        List<String> output = new ArrayList<>();
        int exit;
        try {
            FileTree.deleteRecursively(workDirectory);
            Path project = workDirectory.resolve("project");
            Path repository = workDirectory.resolve("repository");
            FileTree.copyEntries(projectDirectory, projectEntries, project);
            FileTree.linkTree(offlineRepository, repository);
            Path settings = Files.writeString(workDirectory.resolve("empty-settings.xml"), "<settings/>\n");
            List<String> arguments = new ArrayList<>(List.of("-o", "-B", "-s", settings.toString(), "-gs",
                    settings.toString(), "-Dmaven.repo.local=" + repository, "-Doffline-docker.skip=true"));
            arguments.addAll(goals);
            LOG.info("Verifying that 'mvn -o {}' passes against the offline repository alone", String.join(" ", goals));
            exit = maven.run(arguments, project, line -> {
                output.add(line);
                LOG.debug("[verify] {}", line);
            });
        } catch (IOException e) {
            throw new EnvironmentException("Could not run the offline verification in " + workDirectory + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EnvironmentException("Interrupted while verifying the offline repository", e);
        }
        if (exit != 0) {
            throw new ConfigurationException(failureMessage(goals, output));
        }
        LOG.info("Verified: 'mvn -o {}' passes with the offline repository alone", String.join(" ", goals));
    }

    static String failureMessage(List<String> goals, List<String> output) {
        Set<String> missing = missingArtifacts(output);
        String what = "'mvn -o " + String.join(" ", goals) + "' fails against the offline repository";
        if (missing.isEmpty()) {
            List<String> last = output.subList(Math.max(0, output.size() - 20), output.size());
            return what + ". Last lines of its output:\n  " + String.join("\n  ", last);
        }
        return what + ": it misses " + String.join(", ", missing) + ". Use <strategy>record</strategy>, which records"
                + " what a real run resolves, and please report the case.";
    }

    /** The missing artifacts Maven names, each with the repository offline mode kept it from, in order. */
    static Set<String> missingArtifacts(List<String> output) {
        Set<String> missing = new LinkedHashSet<>();
        for (String line : output) {
            Matcher matcher = MISSING.matcher(line);
            while (matcher.find()) {
                missing.add(matcher.group(3) + " (from " + matcher.group(1) + " " + matcher.group(2) + ")");
            }
        }
        return missing;
    }
}
