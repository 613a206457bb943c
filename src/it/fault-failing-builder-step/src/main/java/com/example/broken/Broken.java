package com.example.broken;

public final class Broken {

    private Broken() {
    }

    public static int answer() {
        return 41;
    }
}
