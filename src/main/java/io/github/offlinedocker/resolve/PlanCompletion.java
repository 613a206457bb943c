package io.github.offlinedocker.resolve;

import java.util.ArrayList;
import java.util.List;

/**
 * What the plan found it cannot see, each with the mojo and why, and the one recording run that shows it: the
 * builder's goals, with the tests skipped unless it is the tests that resolve.
 */
final class PlanCompletion {

    record Gap(String mojo, RunTimeResolution.Unknown resolution) {}

    private final List<Gap> gaps = new ArrayList<>();

    /** Keeps {@code resolution} of the execution {@code mojo} unless the plan knows it. */
    void add(String mojo, RunTimeResolution resolution) {
        if (resolution instanceof RunTimeResolution.Unknown unknown) {
            gaps.add(new Gap(mojo, unknown));
        }
    }

    boolean isEmpty() {
        return gaps.isEmpty();
    }

    List<Gap> gaps() {
        return List.copyOf(gaps);
    }

    /** The goals (and options) of the recording run: {@code goals}, with {@code -DskipTests} unless tests resolve. */
    List<String> recordingGoals(List<String> goals) {
        List<String> run = new ArrayList<>(goals);
        if (gaps.stream().noneMatch(gap -> gap.resolution().duringTests())) {
            run.add("-DskipTests");
        }
        return run;
    }
}
