package io.github.offlinedocker.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.exception.BadRequestException;
import io.github.offlinedocker.ConfigurationException;
import io.github.offlinedocker.EnvironmentException;
import io.github.offlinedocker.OfflineDockerException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DockerImageBuilderTest {

    @Test
    void failure_failingRun_stepErrorAndLastLines() {
        assertEquals("The image build failed at 'Step 7/12 : RUN [\"mvn\", \"package\"]': The command returned a"
                        + " non-zero code: 1\nLast lines of its output:\n  [ERROR] Tests run: 1, Failures: 1\n  BUILD FAILURE",
                DockerImageBuilder.failure("Step 7/12 : RUN [\"mvn\", \"package\"]",
                        "The command returned a non-zero code: 1", List.of("[ERROR] Tests run: 1, Failures: 1",
                                "BUILD FAILURE")));
    }

    @Test
    void failure_missingBaseImage_namesImageAndTheElementsToChange() {
        assertEquals("The base image 'acme/jdk:17' of 'Step 1/12 : FROM acme/jdk:17 AS builder' is not in the Docker"
                        + " engine and could not be pulled: pull access denied for acme/jdk. Pull or build it into the"
                        + " engine first, or name another one with <builderImage> or <runtimeImage>.",
                DockerImageBuilder.failure("Step 1/12 : FROM acme/jdk:17 AS builder", "pull access denied for acme/jdk",
                        List.of()));
    }

    private static BuildOptions options(String target, String platform) {
        return new BuildOptions(List.of("app:1"), null, false, false, Map.of(), Map.of(), target, platform, List.of());
    }

    @Test
    void refused_unknownPlatform_namesElementAndFix() {
        OfflineDockerException refused = DockerImageBuilder.refused("unix:///var/run/docker.sock", options(null,
                "banana"), new BadRequestException("{\"message\":\"\\\"banana\\\": unknown operating"
                        + " system or architecture: invalid argument\"}"));

        assertInstanceOf(ConfigurationException.class, refused);
        assertTrue(refused.getMessage().startsWith("<platform> 'banana' is not a platform the Docker engine at"
                + " unix:///var/run/docker.sock knows ("), refused.getMessage());
        assertTrue(refused.getMessage().endsWith("Give os/arch as docker's --platform takes it, e.g. 'linux/amd64' or"
                + " 'linux/arm64', or leave it out for the engine's own."));
    }

    @Test
    void refused_unknownTarget_namesElementAndTheStages() {
        OfflineDockerException refused = DockerImageBuilder.refused("unix:///var/run/docker.sock",
                options("tests", null), new BadRequestException("{\"message\":\"failed to reach build"
                        + " target tests in Dockerfile\"}"));

        assertInstanceOf(ConfigurationException.class, refused);
        assertTrue(refused.getMessage().startsWith("<target> 'tests' is not a stage of the Dockerfile ("),
                refused.getMessage());
    }

    @Test
    void refused_anythingElse_isTheEnvironments() {
        OfflineDockerException refused = DockerImageBuilder.refused("tcp://10.0.0.5:2376", options(null, null),
                new BadRequestException("{\"message\":\"no space left on device\"}"));

        assertInstanceOf(EnvironmentException.class, refused);
        assertEquals("The Docker engine at tcp://10.0.0.5:2376 failed the build: Status 400:"
                + " {\"message\":\"no space left on device\"}", refused.getMessage());
    }

    @Test
    void announce_consoleWorks_saysItThereOnly() {
        List<String> warned = new ArrayList<>();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();

        DockerImageBuilder.announce("Interrupted", warned::add, () -> new PrintStream(stderr));

        assertEquals(List.of("Interrupted"), warned);
        assertEquals(0, stderr.size());
    }

    @Test
    void announce_consoleThrows_saysItOnStandardError() {
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();

        DockerImageBuilder.announce("Interrupted: cancelling the image build on unix:///x", message -> {
            throw new NumberFormatException("For input string: \"0m\"");
        }, () -> new PrintStream(stderr, true, StandardCharsets.UTF_8));

        assertEquals("[WARNING] Interrupted: cancelling the image build on unix:///x" + System.lineSeparator(),
                stderr.toString(StandardCharsets.UTF_8));
    }
}
