package com.example.interrupted;

import io.github.offlinedocker.examples.math.MathUtils;

public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("2 + 3 = " + MathUtils.add(2, 3));
    }
}
