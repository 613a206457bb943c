package com.example.ledger;

import io.github.offlinedocker.examples.math.MathUtils;

public final class Ledger {

    private Ledger() {
    }

    public static void main(String[] args) {
        System.out.println("ledger balanced " + MathUtils.add(40, 2));
    }
}
