package io.github.offlinedocker.examples.math;

/**
 * Small arithmetic helpers.
 */
public final class MathUtils {

    private MathUtils() {
    }

    /**
     * Adds two integers.
     *
     * @param a first summand
     * @param b second summand
     * @return {@code a + b}
     * @throws ArithmeticException if the result overflows an {@code int}
     */
    public static int add(int a, int b) {
        return Math.addExact(a, b);
    }
}
