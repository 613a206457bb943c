package io.github.offlinedocker.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlanCompletionTest {

    @Test
    void add_knownResolutions_noGap() {
        PlanCompletion completion = new PlanCompletion();
        completion.add("compiler", new RunTimeResolution.Known(List.of("org.projectlombok:lombok:1.18.36")));
        completion.add("jar", new RunTimeResolution.Known(List.of()));
        assertTrue(completion.isEmpty());
    }

    @Test
    void recordingGoals_unknownMojo_goalsWithTestsSkipped() {
        PlanCompletion completion = new PlanCompletion();
        completion.add("quarkus build", new RunTimeResolution.Unknown("it injects a resolver", false));
        assertEquals(List.of("verify", "-DskipTests"), completion.recordingGoals(List.of("verify")));
        assertEquals("it injects a resolver", completion.gaps().get(0).resolution().reason());
    }

    @Test
    void recordingGoals_unknownTestProviders_goalsWithTests() {
        PlanCompletion completion = new PlanCompletion();
        completion.add("dependency copy", new RunTimeResolution.Unknown("it injects a resolver", false));
        completion.add("surefire test", new RunTimeResolution.Unknown("newer than the rules", true));
        assertEquals(List.of("package"), completion.recordingGoals(List.of("package")));
    }
}
