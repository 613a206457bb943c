package io.github.offlinedocker.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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
}
