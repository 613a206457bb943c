package com.example.jsonecho;

import com.google.gson.Gson;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

public final class JsonEcho {
    static String toJson(String... words) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("count", words.length);
        message.put("words", Arrays.asList(words));
        return new Gson().toJson(message);
    }

    public static void main(String[] args) {
        System.out.println(toJson(args));
    }
}
