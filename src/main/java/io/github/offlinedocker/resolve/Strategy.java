package io.github.offlinedocker.resolve;

/** How the closure is found. */
public enum Strategy {
    /**
     * {@link #PLAN}, then, when some plugin of the plan resolves by rules the plan cannot see, one recording run of
     * the goals (tests skipped unless they are what resolves).
     */
    AUTO,
    /** Computed from Maven's own models and the execution plan, plus the known run-time resolutions. */
    PLAN,
    /** Recorded from a run of the builder's goals on the host; whatever a real run reads is caught. */
    RECORD
}
