package com.example.orders;

import lombok.Value;

/** An order as stored: Lombok writes the constructor and the getters. */
@Value
public class Order {
    String id;
    String customerName;
    int quantity;
    long unitPriceCents;
}
