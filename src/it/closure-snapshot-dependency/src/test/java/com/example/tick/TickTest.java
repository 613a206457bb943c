package com.example.tick;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TickTest {

    @Test
    void usesTheNewestSnapshot() {
        assertEquals("clock-lib build second", Tick.describe());
    }
}
