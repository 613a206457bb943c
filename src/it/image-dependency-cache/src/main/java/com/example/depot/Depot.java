package com.example.depot;

public final class Depot {

    private Depot() {
    }

    public static void main(String[] args) {
        System.out.println("depot stocked");
    }
}
