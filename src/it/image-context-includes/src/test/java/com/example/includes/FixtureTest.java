package com.example.includes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A fixture outside src/, read from the project directory: the builder has it only through contextIncludes. */
class FixtureTest {

    @Test
    void fixture_outsideSrc_isThere() throws IOException {
        assertEquals("expected by the test\n", Files.readString(Path.of("fixtures/expected.txt")));
    }
}
