package com.example.includes;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Prints the greeting its resource, from a folder outside src/, was filtered with, and which files of the project
 * directory came too.
 */
public final class App {

    public static void main(String[] args) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = App.class.getResourceAsStream("/app.properties")) {
            properties.load(in);
        }
        boolean license = App.class.getResource("/META-INF/LICENSE") != null;
        boolean notes = App.class.getResource("/META-INF/notes/NOTES.md") != null;
        System.out.println(properties.getProperty("greeting") + "|" + properties.getProperty("edition") + "|license "
                + license + "|notes " + notes);
    }
}
