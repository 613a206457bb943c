package com.example.concurrent;

import org.junit.jupiter.api.Test;

class SlowTest {

    /** Keeps the first build (in its builder stage) holding the project well after the second has started. */
    @Test
    void takesItsTime() throws InterruptedException {
        Thread.sleep(10_000);
    }
}
