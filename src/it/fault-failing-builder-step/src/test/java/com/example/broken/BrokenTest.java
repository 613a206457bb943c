package com.example.broken;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BrokenTest {

    @Test
    void answersFortyTwo() {
        assertEquals(42, Broken.answer());
    }
}
