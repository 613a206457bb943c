package com.example.bookkeeper;

import com.acme.ledger.Ledger;
import org.apache.commons.lang3.StringUtils;

public final class Bookkeeper {

    private Bookkeeper() {
    }

    public static void main(String[] args) {
        System.out.println(StringUtils.capitalize("bookkeeper on ledger-lib " + Ledger.release()));
    }
}
