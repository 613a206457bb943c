package com.example.settings;

/** Prints what the image's settings gave it: an environment variable and a system property. */
public final class Settings {

    public static void main(String[] args) {
        System.out.println(System.getenv("GREETING") + "|" + System.getProperty("app.mode"));
    }
}
