package io.github.offlinedocker.project;

import io.github.offlinedocker.EnvironmentException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;

/**
 * Keeps two runs of the plugin on one project apart: they would write the same offline repository and build
 * context. An OS file lock, so a killed run holds it no longer; the file names the holder for whoever waits.
 */
public final class ProjectLock implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(200);

    private final FileChannel channel;

    private ProjectLock(FileChannel channel) {
        this.channel = channel;
    }

    /**
     * Takes the lock {@code file}, waiting up to {@code timeout} while another run holds it; {@code waiting} is
     * told once, with who holds it. {@code run} describes this run (e.g. {@code goal 'build'}) to the next one
     * that waits, with this process's pid.
     */
    public static ProjectLock acquire(Path file, String run, Duration timeout, Consumer<String> waiting)
            throws EnvironmentException {
        FileChannel channel = null;
        boolean acquired = false;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            Instant deadline = Instant.now().plus(timeout);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                waiting.accept("Waiting for the other run on this project to finish: " + holderOf(file)
                        + " holds " + file);
            }
            while (lock == null) {
                if (Instant.now().isAfter(deadline)) {
                    throw new EnvironmentException("Another run on this project (" + holderOf(file) + ") still"
                            + " holds " + file + " after " + timeout.toSeconds() + " s. Let it finish or stop it,"
                            + " or wait longer with <lockTimeout> (-Doffline-docker.lockTimeout=<seconds>).");
                }
                Thread.sleep(POLL.toMillis());
                lock = tryLock(channel);
            }
            byte[] holder = ("pid " + ProcessHandle.current().pid() + ", " + run + ", since "
                    + Instant.now().truncatedTo(ChronoUnit.SECONDS)).getBytes(StandardCharsets.UTF_8);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(holder), 0);
            channel.force(false);
            acquired = true;
            return new ProjectLock(channel);
        } catch (IOException e) {
            throw new EnvironmentException("Could not lock " + file + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EnvironmentException("Interrupted while waiting for " + file, e);
        } finally {
            if (!acquired && channel != null) {
                closeQuietly(channel);
            }
        }
    }

    /** Releases the lock; the file stays, since deleting it would race with a run that opened it. */
    @Override
    public void close() {
        // Closing the channel releases the lock; should that fail, the OS releases it when this process ends.
        closeQuietly(channel);
    }

    /** The lock, or null while another run holds it (another process, or another thread of this JVM). */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static String holderOf(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).trim();
        return text.isEmpty() ? "a run that has just started" : text;
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // The failure being reported matters more than this one.
        }
    }
}
