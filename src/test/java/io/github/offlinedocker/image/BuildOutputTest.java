package io.github.offlinedocker.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BuildOutputTest {

    @Test
    void accept_chunksAcrossLineBoundaries_wholeLines() {
        List<String> lines = new ArrayList<>();
        BuildOutput output = new BuildOutput(lines::add);
        output.accept("Step 1/2 : FROM a\n ---> 12");
        output.accept("34\nStep 2/2 : RUN x\n\n");
        output.accept("partial");
        assertEquals(List.of("Step 1/2 : FROM a", " ---> 1234", "Step 2/2 : RUN x"), lines);
        output.flush();
        assertEquals("partial", lines.get(lines.size() - 1));
        assertEquals("Step 2/2 : RUN x", output.step());
    }

    @Test
    void lastLines_keepsOnlyTheNewest() {
        BuildOutput output = new BuildOutput(line -> {});
        IntStream.range(0, 40).forEach(i -> output.accept("line " + i + "\n"));
        List<String> last = output.lastLines();
        assertEquals(25, last.size());
        assertEquals("line 15", last.get(0));
        assertEquals("line 39", last.get(24));
    }
}
