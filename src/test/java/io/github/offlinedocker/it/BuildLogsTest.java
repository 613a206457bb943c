package io.github.offlinedocker.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BuildLogsTest {

    @Test
    void assertStrategy_logMatchesStrategy_passesElseFails() {
        String recorded = "[INFO] Recording what 'mvn package' resolves, in a run of its own";
        BuildLogs.assertStrategy(recorded, "record");
        BuildLogs.assertStrategy("[INFO] Offline repository", "plan");
        assertThrows(AssertionError.class, () -> BuildLogs.assertStrategy(recorded, "plan"));
        assertThrows(AssertionError.class, () -> BuildLogs.assertStrategy("[INFO] Offline repository", "record"));
    }

    @Test
    void assertStrategy_auto_recordsExactlyWhenThePlanNamesAGap() {
        String gap = "[INFO] The plan cannot see what q:p:1:build@default of app resolves while it runs: it reads x";
        String recorded = "[INFO] Recording what 'mvn package -DskipTests' resolves, in a run of its own";
        BuildLogs.assertStrategy("[INFO] Offline repository", "auto");
        BuildLogs.assertStrategy(gap + "\n" + recorded, "auto");
        assertThrows(AssertionError.class, () -> BuildLogs.assertStrategy(recorded, "auto"));
        assertThrows(AssertionError.class, () -> BuildLogs.assertStrategy(gap, "auto"));
        assertThrows(IllegalArgumentException.class, () -> BuildLogs.assertStrategy(gap, "guess"));
    }

    @Test
    void stepsFromCache_usingCacheRightAfterStep_cachedElseNot() {
        String log = String.join("\n",
                "[INFO] Step 1/3 : FROM jdk AS builder",
                "[INFO]  ---> fa48b699ebe2",
                "[INFO] Step 2/3 : COPY repository/releases/ /repo/",
                "[INFO]  ---> Using cache",
                "[INFO]  ---> 7e2ac735fe43",
                "[INFO] Step 3/3 : COPY project/ /workspace/",
                "[INFO]  ---> 185f65acd04c");
        assertEquals(Map.of("FROM jdk AS builder", false, "COPY repository/releases/ /repo/", true,
                "COPY project/ /workspace/", false), BuildLogs.stepsFromCache(log));
    }

    @Test
    void assertNoStackTrace_frameFailsMessageAlonePasses() {
        BuildLogs.assertNoStackTrace("[ERROR] Failed to execute goal x: Repository 'r' (http://h/) answered 401\n"
                + "[ERROR] at the end of the line, 'at x(y)' is no frame");
        AssertionError error = assertThrows(AssertionError.class, () -> BuildLogs.assertNoStackTrace(
                "[ERROR] boom\n\tat io.github.offlinedocker.image.DockerEngine.connect(DockerEngine.java:54)\n"));
        assertEquals("The log holds a stack trace, e.g. 'at io.github.offlinedocker.image.DockerEngine.connect("
                + "DockerEngine.java:54)'", error.getMessage());
    }
}
