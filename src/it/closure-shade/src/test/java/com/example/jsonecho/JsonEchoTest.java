package com.example.jsonecho;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonEchoTest {

    @Test
    void toJson_countsAndListsTheWords() {
        assertEquals("{\"count\":2,\"words\":[\"a\",\"b\"]}", JsonEcho.toJson("a", "b"));
    }

    @Test
    void toJson_ofNothing() {
        assertEquals("{\"count\":0,\"words\":[]}", JsonEcho.toJson());
    }
}
