package com.example.parcel;

public final class Parcel {

    private Parcel() {
    }

    public static void main(String[] args) {
        System.out.println("parcel delivered");
    }
}
