package com.example.context;

import io.github.offlinedocker.examples.math.MathUtils;

public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("through the context: " + MathUtils.add(40, 2));
    }
}
