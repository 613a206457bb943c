package com.example.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DoublerTest {
    @Test
    void twice() {
        assertEquals(8, Doubler.twice(4));
    }
}
