package com.example.ledger;

public final class Balance {

    private Balance() {
    }

    public static void main(String[] args) {
        System.out.println("balance checked");
    }
}
