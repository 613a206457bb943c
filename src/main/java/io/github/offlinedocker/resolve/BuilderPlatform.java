package io.github.offlinedocker.resolve;

import java.util.Locale;
import java.util.Map;

/**
 * The platform the builder stage runs on, as the OS classifiers of native tools name it ({@code linux-x86_64},
 * os-maven-plugin's naming): Linux, on the host's CPU, which is the architecture Docker runs images of unless
 * told otherwise. A developer on macOS builds a Linux image: a protoc for {@code osx-aarch_64} would not run there.
 *
 * @param classifier     the builder's classifier
 * @param hostClassifier what os-maven-plugin detected on the host ({@code os.detected.classifier}), or null
 */
record BuilderPlatform(String classifier, String hostClassifier) {

    private static final String DETECTED = "${os.detected.classifier}";

    /** os-maven-plugin's names of the JVM's {@code os.arch} values. */
    private static final Map<String, String> ARCHITECTURES = Map.of(
            "amd64", "x86_64", "x86_64", "x86_64", "x64", "x86_64",
            "aarch64", "aarch_64", "arm64", "aarch_64",
            "ppc64le", "ppcle_64", "s390x", "s390_64");

    /** Linux on this JVM's architecture; {@code hostClassifier} as os-maven-plugin put it in the project, or null. */
    static BuilderPlatform of(String hostClassifier) {
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        return new BuilderPlatform("linux-" + ARCHITECTURES.getOrDefault(arch, arch), hostClassifier);
    }

    /** {@code configured} with the host's detected classifier, evaluated or not, replaced by the builder's. */
    String forBuilder(String configured) {
        String replaced = configured.replace(DETECTED, classifier);
        return hostClassifier == null || hostClassifier.isEmpty() ? replaced : replaced.replace(hostClassifier, classifier);
    }
}
