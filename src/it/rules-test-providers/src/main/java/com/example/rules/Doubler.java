package com.example.rules;

public final class Doubler {
    private Doubler() {}

    public static int twice(int value) {
        return 2 * value;
    }
}
