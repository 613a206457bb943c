package com.acme.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InventoryTest {

    @Test
    void stamp_isThePrivatePluginsOutput_withTheParentsProperty() {
        assertEquals("Inventory of ACME Corp", Inventory.stamp());
    }
}
