package com.example.greet;

import static org.junit.Assert.assertEquals;

import com.example.greet.proto.Greeting;
import org.junit.Test;

public class GreetTest {
    @Test
    public void describe_roundTrip() throws Exception {
        assertEquals("Hello Ada x2 (7 bytes)", Greet.describe(Greeting.newBuilder().setName("Ada").setTimes(2).build()));
    }
}
