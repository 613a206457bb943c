package io.github.offlinedocker.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ImageNameTest {

    @Test
    void parse_registryPortRepositoryAndTag() {
        assertEquals(new ImageName("localhost:5000", "localhost:5000/team/app", "1.0"),
                ImageName.parse("localhost:5000/team/app:1.0"));
    }

    @Test
    void parse_noRegistryNoTag_dockerHubLatest() {
        assertEquals(new ImageName(ImageName.DOCKER_HUB, "team/app", "latest"), ImageName.parse("team/app"));
    }

    @Test
    void parse_digestReference_digestWhereTheTagWould() {
        String digest = "sha256:" + "0".repeat(64);
        assertEquals(new ImageName("gcr.io", "gcr.io/distroless/cc-debian12", digest),
                ImageName.parse("gcr.io/distroless/cc-debian12:nonroot@" + digest));
    }
}
