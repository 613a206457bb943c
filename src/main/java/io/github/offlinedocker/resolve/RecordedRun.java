package io.github.offlinedocker.resolve;

import io.github.offlinedocker.project.BuilderReactor;
import io.github.offlinedocker.ConfigurationException;
import io.github.offlinedocker.EnvironmentException;
import io.github.offlinedocker.OfflineDockerException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code record} strategy: runs the builder's goals once on the host, online, with the host's Maven,
 * settings (credentials, mirrors, proxies) and local repository, and records every artifact that build
 * resolves through {@link ResolutionLogSpy}. Whatever a real run reads, a plugin's run-time resolutions
 * included, is recorded, at the price of running the build once more.
 */
final class RecordedRun {

    private static final Logger LOG = LoggerFactory.getLogger(RecordedRun.class);

    private final ForkedMaven maven;

    RecordedRun(ForkedMaven maven) {
        this.maven = maven;
    }

    /**
     * Runs {@code goals} as the builder stage will, from the reactor's root for its module, and adds what the run
     * resolved to {@code recorder}.
     */
    void record(MavenSession session, BuilderReactor reactor, List<String> goals, ResolutionRecorder recorder)
            throws OfflineDockerException {
        MavenProject project = reactor.module();
        // The run is given the host's own profiles and properties, settings.xml's and secret ones included.
        List<String> moduleGoals = reactor.moduleGoals(goals);
        Path log = Path.of(project.getBuild().getDirectory(), "offline-docker-resolution.log");
        try {
            Files.createDirectories(log.getParent());
            Files.deleteIfExists(log);
            LOG.info("Recording what 'mvn {}' resolves, in a run of its own", String.join(" ", moduleGoals));
            // The builder's profile selection, where it differs from the host's, goes before the goals.
            List<String> profilesAndGoals = new ArrayList<>(reactor.builderProfiles().hostArguments());
            profilesAndGoals.addAll(moduleGoals);
            int exit = maven.run(arguments(session, reactor.rootPom(), profilesAndGoals, log), reactor.root(),
                    line -> LOG.info("[record] {}", line));
            if (exit != 0) {
                throw new ConfigurationException("The recording run 'mvn " + String.join(" ", moduleGoals) + "' of "
                        + project.getId() + " failed (exit " + exit + "); its output is above. Make the build pass"
                        + " on the host first, or use <strategy>plan</strategy>.");
            }
            if (!Files.isRegularFile(log)) {
                throw new EnvironmentException("The recording run wrote no resolution log " + log
                        + ": this Maven did not load the recording extension.", null);
            }
            ResolutionLog.read(log, recorder);
        } catch (IOException e) {
            throw new EnvironmentException("Could not run the recording build of " + project.getId() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EnvironmentException("Interrupted while recording the build of " + project.getId(), e);
        } finally {
            try {
                Files.deleteIfExists(log);
            } catch (IOException e) {
                LOG.debug("Could not delete {}", log, e);
            }
        }
    }

    /**
     * The arguments that make the forked run see what this build sees: the same POM, settings files, local
     * repository, profiles and user properties, plus the recording extension.
     */
    static List<String> arguments(MavenSession session, Path pom, List<String> goals, Path log) throws IOException {
        MavenExecutionRequest request = session.getRequest();
        List<String> arguments = new ArrayList<>(List.of("-B", "-f", pom.toString()));
        addFile(arguments, "-s", request.getUserSettingsFile());
        addFile(arguments, "-gs", request.getGlobalSettingsFile());
        if (request.isUpdateSnapshots()) {
            arguments.add("-U");
        }
        List<String> profiles = new ArrayList<>(request.getActiveProfiles());
        request.getInactiveProfiles().forEach(profile -> profiles.add("!" + profile));
        if (!profiles.isEmpty()) {
            arguments.add("-P" + String.join(",", profiles));
        }
        Properties userProperties = request.getUserProperties();
        for (String name : userProperties.stringPropertyNames()) {
            if (!name.startsWith("offline-docker.")) {
                arguments.add("-D" + name + "=" + userProperties.getProperty(name));
            }
        }
        String settingsSecurity = System.getProperty("settings.security");
        if (settingsSecurity != null) {
            arguments.add("-Dsettings.security=" + settingsSecurity);
        }
        arguments.add("-Dmaven.repo.local=" + session.getRepositorySession().getLocalRepository().getBasedir());
        arguments.add("-Dmaven.ext.class.path=" + PluginJar.location());
        arguments.add("-D" + ResolutionLog.FILE_PROPERTY + "=" + log);
        // The run must not build an image, nor record itself recursively.
        arguments.add("-Doffline-docker.skip=true");
        arguments.addAll(goals);
        return arguments;
    }

    private static void addFile(List<String> arguments, String option, File file) {
        if (file != null && file.isFile()) {
            arguments.add(option);
            arguments.add(file.getAbsolutePath());
        }
    }
}
