package com.example.rules;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class DoublerTest {
    @Test
    public void twice() {
        assertEquals(8, Doubler.twice(4));
    }
}
