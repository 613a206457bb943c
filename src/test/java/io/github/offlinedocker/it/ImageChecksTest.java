package io.github.offlinedocker.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ImageChecksTest {

    /** A stream that hands out at most {@code chunk} bytes a read, as a pipe does. */
    private static InputStream chunked(byte[] bytes, int chunk) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk));
            }
        };
    }

    @Test
    void contains_needleAcrossChunkBoundaries() throws IOException {
        byte[] haystack = ("x".repeat(5000) + "Canary-secret" + "y".repeat(5000)).getBytes(StandardCharsets.UTF_8);
        byte[] needle = "Canary-secret".getBytes(StandardCharsets.UTF_8);
        for (int chunk : new int[] {1, 3, 7, 4096, 1 << 20}) {
            assertTrue(ImageChecks.contains(chunked(haystack, chunk), needle), "chunk " + chunk);
        }
    }

    @Test
    void contains_absentOrOnlyAPrefix_false() throws IOException {
        byte[] needle = "Canary-secret".getBytes(StandardCharsets.UTF_8);
        assertFalse(ImageChecks.contains(chunked("no secret here, Canary-secre".getBytes(StandardCharsets.UTF_8), 5),
                needle));
        assertFalse(ImageChecks.contains(new ByteArrayInputStream(new byte[0]), needle));
    }
}
