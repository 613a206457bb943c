package com.example.initials;

import org.apache.commons.lang3.StringUtils;
import org.apache.commons.lang3.text.WordUtils;

public final class Initials {
    static String of(String name) {
        return StringUtils.upperCase(WordUtils.initials(name));
    }

    public static void main(String[] args) {
        String name = args.length > 0 ? String.join(" ", args) : "ada lovelace";
        System.out.println(of(name) + " (commons-lang3 " + StringUtils.class.getPackage().getImplementationVersion() + ")");
    }
}
