package com.acme.ledger;

/** Names the ledger-lib release on the class path. */
public final class Ledger {

    private Ledger() {
    }

    public static String release() {
        return Ledger.class.getPackage().getImplementationVersion();
    }
}
