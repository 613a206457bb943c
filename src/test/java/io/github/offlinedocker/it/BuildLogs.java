package io.github.offlinedocker.it;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the invoker ITs' scripts read in a Maven build log: the strategy that ran, cached steps, stack traces. */
public final class BuildLogs {

    private static final Pattern STEP = Pattern.compile("Step \\d+/\\d+ : (.*)");
    private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [\\w$.]+\\(.*\\)$");

    private BuildLogs() {}

    /**
     * Fails unless {@code log} shows that the closure was found with {@code strategy} (the invoker execution's
     * script variable): {@code record} runs a recording and no plan; {@code plan} no recording; {@code auto} a
     * recording exactly when the plan said what it cannot see.
     */
    public static void assertStrategy(String log, String strategy) {
        boolean recorded = log.contains("Recording what 'mvn ");
        boolean gaps = log.contains("The plan cannot see what ");
        boolean expected = switch (strategy) {
            case "record" -> recorded && !gaps;
            case "plan" -> !recorded;
            case "auto" -> recorded == gaps;
            default -> throw new IllegalArgumentException("No strategy '" + strategy + "'");
        };
        if (!expected) {
            throw new AssertionError("Expected strategy '" + strategy + "', but the log shows "
                    + (recorded ? "a recording run" : "no recording run")
                    + (gaps ? " after the plan named what it cannot see" : ""));
        }
    }

    /**
     * Each build step of the classic builder's output in {@code log}, by its instruction, and whether the engine
     * took it from its cache ({@code ---> Using cache} right after the step line). A later step with the same
     * instruction replaces an earlier one.
     */
    public static Map<String, Boolean> stepsFromCache(String log) {
        Map<String, Boolean> steps = new LinkedHashMap<>();
        String step = null;
        for (String line : log.split("\n")) {
            String text = line.replaceFirst("^\\[INFO] ", "");
            Matcher matcher = STEP.matcher(text);
            if (matcher.matches()) {
                step = matcher.group(1);
                steps.put(step, false);
            } else if (step != null) {
                if (text.trim().equals("---> Using cache")) {
                    steps.put(step, true);
                }
                step = null;
            }
        }
        return steps;
    }

    /**
     * Fails when {@code log} holds a Java stack frame: at Maven's default level (no {@code -e}, no {@code -X})
     * a failure must be its message alone.
     */
    public static void assertNoStackTrace(String log) {
        Matcher frame = STACK_FRAME.matcher(log);
        if (frame.find()) {
            throw new AssertionError("The log holds a stack trace, e.g. '" + frame.group().trim() + "'");
        }
    }
}
