package com.example.extra;

public final class Main {
    public static void main(String[] args) {
        System.out.println("built offline from a recorded closure");
    }
}
