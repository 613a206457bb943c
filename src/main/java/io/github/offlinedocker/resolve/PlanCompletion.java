package io.github.offlinedocker.resolve;

import java.util.ArrayList;
import java.util.List;

/**
 * What the plan found it cannot see, each with the mojo and why, and the one recording run that shows it: the
 * builder's goals, with the tests skipped unless it is the tests that resolve.
 */
final class PlanCompletion {

    record Gap(String mojo, RunTimeResolution.Unknown resolution) {}

    /** A mojo that needs what only the host has (a download from outside Maven's repositories, .git), and what. */
    record HostOnly(String mojo, RunTimeResolution.Outside resolution) {}

    private final List<Gap> gaps = new ArrayList<>();
    private final List<HostOnly> hostOnly = new ArrayList<>();

    /** Keeps {@code resolution} of the execution {@code mojo} unless the plan knows it. */
    void add(String mojo, RunTimeResolution resolution) {
        if (resolution instanceof RunTimeResolution.Unknown unknown) {
            gaps.add(new Gap(mojo, unknown));
        } else if (resolution instanceof RunTimeResolution.Outside outside) {
            hostOnly.add(new HostOnly(mojo, outside));
        }
    }

    /** What no closure can hold: the mojos that need what only the host has. */
    List<HostOnly> hostOnly() {
        return List.copyOf(hostOnly);
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
