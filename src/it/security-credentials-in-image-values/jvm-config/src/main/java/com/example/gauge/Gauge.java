package com.example.gauge;

public final class Gauge {
    public static void main(String[] args) {
        System.out.println("gauge");
    }
}
