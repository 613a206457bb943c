package com.example.shop.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BasketTest {

    @Test
    void totalsPrices() {
        assertEquals(42, Basket.total(40, 2));
    }
}
