package com.example.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class OrderMapperTest {

    @Test
    void toSummary_mapsRenamedFieldsAndTotal() {
        OrderSummary summary = OrderMapper.INSTANCE.toSummary(new Order("B-2", "Grace", 4, 125));
        assertEquals("B-2", summary.getReference());
        assertEquals("Grace", summary.getCustomer());
        assertEquals(4, summary.getQuantity());
        assertEquals(500, summary.getTotalCents());
    }

    @Test
    void toSummary_ofNull_isNull() {
        assertNull(OrderMapper.INSTANCE.toSummary(null));
    }
}
