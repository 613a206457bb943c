package com.example.interrupted;

import org.junit.jupiter.api.Test;

class SlowTest {

    /** Runs in the builder stage until the build is interrupted. */
    @Test
    void outlastsTheBuild() throws InterruptedException {
        System.out.println("SlowTest started");
        Thread.sleep(600_000);
    }
}
