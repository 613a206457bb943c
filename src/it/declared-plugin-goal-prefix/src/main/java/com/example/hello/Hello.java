package com.example.hello;

import org.apache.commons.lang3.StringUtils;

public final class Hello {
    static String greeting(String name) {
        return "Hello, " + StringUtils.capitalize(name) + ", from an offline build";
    }

    public static void main(String[] args) {
        System.out.println(greeting(args.length > 0 ? args[0] : "world"));
    }
}
