package com.example.newer;

/** Prints a fixed line: the image only has to run. */
public final class App {

    private App() {
    }

    public static void main(String[] args) {
        System.out.println("never built");
    }
}
