package com.example.odd;

public final class Odd {

    private Odd() {
    }

    public static void main(String[] args) {
        System.out.println("never built");
    }
}
