package com.example.options;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Prints what the builder's Maven filtered into its resource: the version, profiles and properties it was given. */
public final class Greeting {

    public static void main(String[] args) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Greeting.class.getResourceAsStream("/greeting.properties")) {
            properties.load(in);
        }
        System.out.println(properties.getProperty("text"));
    }
}
