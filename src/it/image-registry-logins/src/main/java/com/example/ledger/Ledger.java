package com.example.ledger;

public final class Ledger {

    private Ledger() {
    }

    public static void main(String[] args) {
        System.out.println("ledger balanced on " + System.getProperty("java.vm.vendor"));
    }
}
