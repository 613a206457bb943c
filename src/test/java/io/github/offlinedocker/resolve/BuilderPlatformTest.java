package io.github.offlinedocker.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BuilderPlatformTest {

    @Test
    void of_linuxOnThisArchitecture() {
        BuilderPlatform platform = BuilderPlatform.of(null);
        assertTrue(platform.classifier().matches("linux-(x86_64|aarch_64|ppcle_64|s390_64|.+)"), platform.classifier());
        if ("amd64".equals(System.getProperty("os.arch"))) {
            assertEquals("linux-x86_64", platform.classifier());
        }
    }

    @Test
    void forBuilder_expressionAndHostsDetectedValue_replaced() {
        BuilderPlatform platform = new BuilderPlatform("linux-aarch_64", "osx-aarch_64");
        assertEquals("com.google.protobuf:protoc:3.25.5:exe:linux-aarch_64",
                platform.forBuilder("com.google.protobuf:protoc:3.25.5:exe:${os.detected.classifier}"));
        assertEquals("io.grpc:protoc-gen-grpc-java:1.68.1:exe:linux-aarch_64",
                platform.forBuilder("io.grpc:protoc-gen-grpc-java:1.68.1:exe:osx-aarch_64"));
        assertEquals("com.google.protobuf:protoc:3.25.5:exe:windows-x86_64",
                new BuilderPlatform("linux-x86_64", null).forBuilder("com.google.protobuf:protoc:3.25.5:exe:windows-x86_64"));
    }
}
