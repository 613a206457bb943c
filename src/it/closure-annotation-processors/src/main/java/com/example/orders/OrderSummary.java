package com.example.orders;

import lombok.Data;
import lombok.NoArgsConstructor;

/** An order as shown: MapStruct fills it through the setters Lombok writes. */
@Data
@NoArgsConstructor
public class OrderSummary {
    private String reference;
    private String customer;
    private int quantity;
    private long totalCents;
}
