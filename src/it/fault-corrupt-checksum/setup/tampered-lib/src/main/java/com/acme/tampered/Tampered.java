package com.acme.tampered;

public final class Tampered {

    private Tampered() {
    }
}
