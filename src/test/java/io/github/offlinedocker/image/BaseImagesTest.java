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
                BaseImages.of(dockerfile));
    }
}
