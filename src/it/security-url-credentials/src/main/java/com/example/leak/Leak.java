package com.example.leak;

public final class Leak {

    private Leak() {
    }

    public static void main(String[] args) {
        System.out.println("never built");
    }
}
