package com.example.tls;

import io.github.offlinedocker.examples.math.MathUtils;

public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("over TLS: " + MathUtils.add(40, 2));
    }
}
