package com.acme.clock;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Which deployment of the library is on the class path. */
public final class Build {

    private Build() {
    }

    public static String label() {
        try (InputStream in = Build.class.getResourceAsStream("/clock-lib.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("label");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
