package com.example.shop.reporting;

import org.apache.commons.csv.CSVFormat;

public final class Report {

    private Report() {
    }

    public static String header() {
        return CSVFormat.DEFAULT.format("item", "price");
    }
}
