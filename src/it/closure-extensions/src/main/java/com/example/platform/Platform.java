package com.example.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

public final class Platform {
    /** The platform the application was built on, as os-maven-plugin named it. */
    static String builtOn() {
        Properties properties = new Properties();
        try (InputStream in = Platform.class.getResourceAsStream("/platform.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("classifier");
    }

    public static void main(String[] args) {
        System.out.println("Built on " + builtOn());
    }
}
