package com.example.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prints what the image's settings gave it: an environment variable, a system property, a file of its own. */
public final class Settings {

    public static void main(String[] args) throws IOException {
        System.out.println(System.getenv("GREETING") + "|" + System.getProperty("app.mode") + "|"
                + Files.readString(Path.of("config/greeting.txt")).strip());
    }
}
