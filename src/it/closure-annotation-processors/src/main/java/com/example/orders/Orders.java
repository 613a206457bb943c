package com.example.orders;

public final class Orders {
    public static void main(String[] args) {
        OrderSummary summary = OrderMapper.INSTANCE.toSummary(new Order("A-17", "Ada", 3, 250));
        System.out.println(summary);
    }
}
