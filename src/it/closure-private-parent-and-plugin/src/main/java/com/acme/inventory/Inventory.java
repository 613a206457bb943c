package com.acme.inventory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

public final class Inventory {
    /** The line the private plugin wrote into the classes at build time. */
    static String stamp() {
        try (InputStream in = Inventory.class.getResourceAsStream("/stamp.txt")) {
            if (in == null) {
                throw new IllegalStateException("stamp.txt is missing: stamp-maven-plugin did not run");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) {
        System.out.println(stamp() + ": " + (args.length > 0 ? args[0] : "0") + " items");
    }
}
