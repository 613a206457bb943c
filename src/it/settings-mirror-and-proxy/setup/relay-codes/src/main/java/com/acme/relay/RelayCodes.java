package com.acme.relay;

public final class RelayCodes {

    private RelayCodes() {
    }

    public static String code(String station) {
        return "RLY-" + station.toUpperCase();
    }
}
