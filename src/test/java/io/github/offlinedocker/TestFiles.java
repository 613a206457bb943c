package io.github.offlinedocker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files as tests lay them out: written with their folders. */
public final class TestFiles {

    private TestFiles() {}

    public static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
