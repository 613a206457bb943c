package com.example.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Prints the page the frontend build wrote. */
public final class App {

    public static void main(String[] args) throws IOException {
        try (InputStream page = App.class.getResourceAsStream("/static/index.html")) {
            System.out.print(new String(page.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
