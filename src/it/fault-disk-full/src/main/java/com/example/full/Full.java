package com.example.full;

public final class Full {

    private Full() {
    }

    public static void main(String[] args) {
        System.out.println("full");
    }
}
