package com.example.initials;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InitialsTest {

    @Test
    void of_takesEveryWordsFirstLetter() {
        assertEquals("GBH", Initials.of("grace brewster hopper"));
    }
}
