package com.example.greet;

import com.example.greet.proto.Greeting;

/** Round-trips a Greeting through its protobuf bytes and prints it. */
public final class Greet {
    private Greet() {}

    public static String describe(Greeting greeting) throws Exception {
        Greeting copy = Greeting.parseFrom(greeting.toByteArray());
        return "Hello " + copy.getName() + " x" + copy.getTimes() + " (" + greeting.getSerializedSize() + " bytes)";
    }

    public static void main(String[] args) throws Exception {
        String name = args.length > 0 ? args[0] : "protoc";
        System.out.println(describe(Greeting.newBuilder().setName(name).setTimes(3).build()));
    }
}
