package com.example.rules;

import static org.testng.Assert.assertEquals;

import org.testng.annotations.Test;

public class DoublerTest {
    @Test
    public void twice() {
        assertEquals(Doubler.twice(4), 8);
    }
}
