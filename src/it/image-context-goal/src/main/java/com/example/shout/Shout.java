package com.example.shout;

import java.util.Locale;

public final class Shout {

    private Shout() {
    }

    public static void main(String[] args) {
        System.out.println(String.join(" ", args).toUpperCase(Locale.ROOT) + "!");
    }
}
