package com.example.shop.storefront;

import com.example.shop.pricing.Basket;

public final class Storefront {

    private Storefront() {
    }

    public static void main(String[] args) {
        int[] prices = new int[args.length];
        for (int i = 0; i < args.length; i++) {
            prices[i] = Integer.parseInt(args[i]);
        }
        System.out.println("Basket total: " + Basket.total(prices));
    }
}
