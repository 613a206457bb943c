package com.example.profiles;

import org.apache.commons.text.WordUtils;

/** Needs commons-text, which only the builder's profile 'local' brings. */
public final class App {

    public static void main(String[] args) {
        System.out.println(WordUtils.capitalize("built by the builder's profiles"));
    }
}
