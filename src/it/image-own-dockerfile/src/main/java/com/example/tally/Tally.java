package com.example.tally;

import io.github.offlinedocker.examples.math.MathUtils;

public final class Tally {

    private Tally() {
    }

    public static void main(String[] args) {
        int total = 0;
        for (String arg : args) {
            total = MathUtils.add(total, Integer.parseInt(arg));
        }
        System.out.println("tally " + total);
    }
}
