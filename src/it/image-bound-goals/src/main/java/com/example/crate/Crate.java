package com.example.crate;

public final class Crate {

    private Crate() {
    }

    public static void main(String[] args) {
        System.out.println("crate packed");
    }
}
