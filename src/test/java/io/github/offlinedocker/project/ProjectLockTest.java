package io.github.offlinedocker.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.offlinedocker.EnvironmentException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectLockTest {

    @TempDir
    Path temp;

    private final List<String> waits = new ArrayList<>();

    private ProjectLock acquire(Path file, Duration timeout) throws EnvironmentException {
        return ProjectLock.acquire(file, "goal 'build'", timeout, waits::add);
    }

    @Test
    void acquire_free_writesHolderWithPidAndDoesNotWait() throws Exception {
        Path file = temp.resolve("target/offline-docker.running");

        try (ProjectLock lock = acquire(file, Duration.ZERO)) {
            String holder = Files.readString(file);
            assertTrue(holder.startsWith("pid " + ProcessHandle.current().pid() + ", goal 'build', since "), holder);
        }
        assertEquals(List.of(), waits);
    }

    @Test
    void acquire_heldBeyondTimeout_failsNamingHolderAndFix() throws Exception {
        Path file = temp.resolve("offline-docker.running");
        try (ProjectLock held = acquire(file, Duration.ZERO)) {
            EnvironmentException failure =
                    assertThrows(EnvironmentException.class, () -> acquire(file, Duration.ZERO));

            assertTrue(failure.getMessage().startsWith("Another run on this project (pid "
                    + ProcessHandle.current().pid() + ", goal 'build', since "), failure.getMessage());
            assertTrue(failure.getMessage().contains("still holds " + file + " after 0 s. Let it finish or stop it,"
                    + " or wait longer with <lockTimeout>"), failure.getMessage());
        }
    }

    @Test
    void acquire_heldThenReleased_waitsOnceThenTakesIt() throws Exception {
        Path file = temp.resolve("offline-docker.running");
        ProjectLock held = acquire(file, Duration.ZERO);
        CompletableFuture<Void> release = CompletableFuture.runAsync(() -> {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            held.close();
        });

        try (ProjectLock lock = acquire(file, Duration.ofSeconds(30))) {
            release.join();
            assertEquals(1, waits.size(), waits.toString());
            assertTrue(waits.get(0).startsWith("Waiting for the other run on this project to finish: pid "
                    + ProcessHandle.current().pid() + ", goal 'build', since "), waits.get(0));
            assertTrue(waits.get(0).endsWith(" holds " + file), waits.get(0));
        }
    }

    @Test
    void close_releasesForTheNextRun() throws Exception {
        Path file = temp.resolve("offline-docker.running");
        acquire(file, Duration.ZERO).close();

        try (ProjectLock again = acquire(file, Duration.ZERO)) {
            assertTrue(Files.exists(file));
        }
    }
}
