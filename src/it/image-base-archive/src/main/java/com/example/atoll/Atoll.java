package com.example.atoll;

public final class Atoll {

    private Atoll() {
    }

    public static void main(String[] args) {
        System.out.println("atoll reached");
    }
}
