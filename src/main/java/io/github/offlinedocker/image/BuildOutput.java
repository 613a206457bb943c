package io.github.offlinedocker.image;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * Splits the engine's build stream, which arrives in chunks that neither start nor end on line boundaries,
 * into lines; remembers the current step and the last lines so a failure can say where and why.
 */
final class BuildOutput {

    private static final int KEPT_LINES = 25;

    private final Consumer<String> lines;
    private final StringBuilder partial = new StringBuilder();
    private final Deque<String> lastLines = new ArrayDeque<>();
    private String step = "";

    BuildOutput(Consumer<String> lines) {
        this.lines = lines;
    }

    /** Takes one chunk of the stream and passes on every line it completes. */
    void accept(String chunk) {
        partial.append(chunk);
        int newline;
        while ((newline = partial.indexOf("\n")) >= 0) {
            emit(partial.substring(0, newline));
            partial.delete(0, newline + 1);
        }
    }

    /** Passes on what is left of an unterminated last line. */
    void flush() {
        if (!partial.isEmpty()) {
            emit(partial.toString());
            partial.setLength(0);
        }
    }

    /** The last {@code Step n/m : …} line seen, or an empty string. */
    String step() {
        return step;
    }

    /** The last lines of output, oldest first. */
    List<String> lastLines() {
        return List.copyOf(lastLines);
    }

    private void emit(String line) {
        String text = line.stripTrailing();
        if (text.isEmpty()) {
            return;
        }
        if (text.startsWith("Step ")) {
            step = text;
        }
        if (lastLines.size() == KEPT_LINES) {
            lastLines.removeFirst();
        }
        lastLines.addLast(text);
        lines.accept(text);
    }
}
