package com.example.shop.pricing;

import io.github.offlinedocker.examples.math.MathUtils;

/** Sums prices with the private repository's math-utils. */
public final class Basket {

    private Basket() {
    }

    public static int total(int... prices) {
        int total = 0;
        for (int price : prices) {
            total = MathUtils.add(total, price);
        }
        return total;
    }
}
