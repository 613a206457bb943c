package io.github.offlinedocker.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BaseImagesTest {

    @Test
    void of_imagesOfFromLines_notStagesScratchOrArgs() {
        String dockerfile = String.join("\n",
                "ARG BASE=debian:bookworm",
                "FROM --platform=linux/amd64 registry.example.com:5000/team/jdk:17 AS Builder",
                "RUN mvn -o package",
                "FROM builder AS tested",
                "from scratch as empty",
                "FROM ${BASE}",
                "FROM gcr.io/distroless/cc-debian12@sha256:0123",
                "FROM registry.example.com:5000/team/jdk:17",
                "COPY --from=tested /workspace/app.jar /app.jar");
        assertEquals(List.of("registry.example.com:5000/team/jdk:17", "gcr.io/distroless/cc-debian12@sha256:0123"),
                BaseImages.of(dockerfile, null));
    }

    @Test
    void of_target_imagesUpToTheTargetStageOnly() {
        String dockerfile = String.join("\n",
                "FROM jdk:17 AS builder",
                "RUN mvn -o package",
                "FROM registry.example.com:5000/team/jre:17",
                "COPY --from=builder /workspace/app.jar /app.jar");
        assertEquals(List.of("jdk:17"), BaseImages.of(dockerfile, "Builder"));
        assertEquals(List.of("jdk:17", "registry.example.com:5000/team/jre:17"), BaseImages.of(dockerfile, "absent"));
    }
}
