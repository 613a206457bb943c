package com.example.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlatformTest {

    @Test
    void builtOn_isTheClassifierTheBuildExtensionDetected() {
        // Unfiltered, the value would still read ${os.detected.classifier}.
        String classifier = Platform.builtOn();
        assertTrue(classifier.matches("linux-[a-z0-9_]+"), classifier);
    }
}
