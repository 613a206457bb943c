package com.example.relay;

import com.acme.relay.RelayCodes;

public final class Relay {

    private Relay() {
    }

    public static void main(String[] args) {
        System.out.println("relay " + RelayCodes.code(args.length > 0 ? args[0] : "north"));
    }
}
