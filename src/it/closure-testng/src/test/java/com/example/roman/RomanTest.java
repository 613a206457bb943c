package com.example.roman;

import static org.testng.Assert.assertEquals;

import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

public class RomanTest {

    @DataProvider
    public Object[][] numbers() {
        return new Object[][] {{1, "I"}, {4, "IV"}, {1994, "MCMXCIV"}, {3999, "MMMCMXCIX"}};
    }

    @Test(dataProvider = "numbers")
    public void toRoman_converts(int number, String roman) {
        assertEquals(Roman.toRoman(number), roman);
    }

    @Test(expectedExceptions = IllegalArgumentException.class)
    public void toRoman_rejectsZero() {
        Roman.toRoman(0);
    }
}
