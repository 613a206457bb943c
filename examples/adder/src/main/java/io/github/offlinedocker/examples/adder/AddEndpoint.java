package io.github.offlinedocker.examples.adder;

import io.github.offlinedocker.examples.math.MathUtils;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The request logic of the service, free of any HTTP machinery so that it can be tested directly.
 *
 * <p>{@code GET /add/{a}/{b}} answers {@code The sum of a and b is a+b}; operands that are not
 * integers, or a sum that does not fit an {@code int}, give 400; any other path gives 404.
 */
public final class AddEndpoint {

    private static final Pattern ADD_PATH = Pattern.compile("/add/([^/]+)/([^/]+)");

    /** An answer: HTTP status code and plain-text body. */
    public record Reply(int status, String body) {
        public Reply {
            Objects.requireNonNull(body, "body");
        }
    }

    private AddEndpoint() {
    }

    /**
     * Answers one request.
     *
     * @param method the HTTP method, e.g. {@code GET}
     * @param rawPath the raw (not percent-decoded) path of the request URI
     * @return the reply to send
     */
    public static Reply handle(String method, String rawPath) {
        Matcher m = rawPath == null ? null : ADD_PATH.matcher(rawPath);
        if (m == null || !m.matches()) {
            return new Reply(404, "Not found. Try GET /add/5/10");
        }
        if (!"GET".equals(method)) {
            return new Reply(405, "Method not allowed. Use GET");
        }
        Integer a = parse(m.group(1));
        Integer b = parse(m.group(2));
        if (a == null || b == null) {
            String bad = a == null ? m.group(1) : m.group(2);
            return new Reply(400, "Bad request: '" + shorten(bad) + "' is not an integer");
        }
        try {
            int sum = MathUtils.add(a, b);
            return new Reply(200, "The sum of " + a + " and " + b + " is " + sum);
        } catch (ArithmeticException e) {
            return new Reply(400, "Bad request: the sum of " + a + " and " + b + " does not fit in an int");
        }
    }

    private static Integer parse(String s) {
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String shorten(String s) {
        return s.length() <= 32 ? s : s.substring(0, 32) + "...";
    }
}
