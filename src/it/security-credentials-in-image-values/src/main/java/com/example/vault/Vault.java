package com.example.vault;

import io.github.offlinedocker.examples.math.MathUtils;

public final class Vault {

    private Vault() {
    }

    public static void main(String[] args) {
        System.out.println("vault sealed " + MathUtils.add(40, 2));
    }
}
