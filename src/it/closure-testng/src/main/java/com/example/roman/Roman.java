package com.example.roman;

public final class Roman {
    private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] SYMBOLS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    static String toRoman(int number) {
        if (number < 1 || number > 3999) {
            throw new IllegalArgumentException("out of range: " + number);
        }
        StringBuilder roman = new StringBuilder();
        for (int i = 0; i < VALUES.length; i++) {
            for (; number >= VALUES[i]; number -= VALUES[i]) {
                roman.append(SYMBOLS[i]);
            }
        }
        return roman.toString();
    }

    public static void main(String[] args) {
        int year = args.length > 0 ? Integer.parseInt(args[0]) : 2024;
        System.out.println(year + " is " + toRoman(year));
    }
}
