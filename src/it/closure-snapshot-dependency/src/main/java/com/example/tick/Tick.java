package com.example.tick;

import com.acme.clock.Build;

public final class Tick {

    private Tick() {
    }

    public static String describe() {
        return "clock-lib build " + Build.label();
    }

    public static void main(String[] args) {
        System.out.println(describe());
    }
}
