package com.example.nowhere;

public final class Nowhere {

    private Nowhere() {
    }

    public static void main(String[] args) {
        System.out.println("never built");
    }
}
