package com.example.hello;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class HelloTest {
    @Test
    public void greeting_capitalizesName() {
        assertEquals("Hello, Ada, from an offline build", Hello.greeting("ada"));
    }
}
