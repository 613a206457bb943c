package com.example.victim;

public final class Victim {

    private Victim() {
    }

    public static void main(String[] args) {
        System.out.println("never built");
    }
}
