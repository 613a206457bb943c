package io.github.offlinedocker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Sha256Test {

    @TempDir
    Path temp;

    @Test
    void ofFile_knownVector() throws IOException {
        Path file = Files.writeString(temp.resolve("abc"), "abc", StandardCharsets.UTF_8);
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Sha256.ofFile(file));
    }

    @Test
    void ofFile_largerThanOneBlock_sameAsDigestOfAllBytes() throws IOException {
        byte[] content = new byte[200_000];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 31);
        }
        Path file = Files.write(temp.resolve("big"), content);
        assertEquals(HexFormat.of().formatHex(Sha256.newDigest().digest(content)), Sha256.ofFile(file));
    }
}
