package com.example.greeting;

/** Greets whoever is named on the command line. */
public final class Greeting {

    private Greeting() {
    }

    /**
     * Prints the greeting.
     *
     * @param args the names to greet
     */
    public static void main(String[] args) {
        System.out.println("Hello, " + String.join(" and ", args));
    }
}
