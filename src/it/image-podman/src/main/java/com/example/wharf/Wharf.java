package com.example.wharf;

public final class Wharf {

    private Wharf() {
    }

    public static void main(String[] args) {
        System.out.println("wharf moored");
    }
}
