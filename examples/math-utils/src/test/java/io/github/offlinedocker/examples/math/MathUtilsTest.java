package io.github.offlinedocker.examples.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MathUtilsTest {

    @Test
    void addsPositiveNumbers() {
        assertEquals(15, MathUtils.add(5, 10));
    }

    @Test
    void addsNegativeNumbers() {
        assertEquals(-3, MathUtils.add(-5, 2));
        assertEquals(0, MathUtils.add(0, 0));
    }

    @Test
    void rejectsOverflow() {
        assertThrows(ArithmeticException.class, () -> MathUtils.add(Integer.MAX_VALUE, 1));
        assertThrows(ArithmeticException.class, () -> MathUtils.add(Integer.MIN_VALUE, -1));
    }
}
