package com.example.report;

/** Prints which JDBC interface it found: by name, as drivers and frameworks load classes. */
public final class Report {

    private Report() {}

    public static void main(String[] args) throws ClassNotFoundException {
        String type = "java.sql." + "Connection";
        System.out.println("report uses " + Class.forName(type).getName());
    }
}
