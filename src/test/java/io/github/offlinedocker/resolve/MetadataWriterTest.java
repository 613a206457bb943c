package io.github.offlinedocker.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetadataWriterTest {

    @Test
    void versionList_sortedAsMavenVersionsWithLatestAndRelease() {
        assertEquals("""
                <?xml version='1.0' encoding='UTF-8'?>
                <metadata>
                  <groupId>com.acme</groupId>
                  <artifactId>lib</artifactId>
                  <versioning>
                    <latest>1.10-SNAPSHOT</latest>
                    <release>1.9</release>
                    <versions>
                      <version>1.2</version>
                      <version>1.9</version>
                      <version>1.10-SNAPSHOT</version>
                    </versions>
                    <lastUpdated>19800101000000</lastUpdated>
                  </versioning>
                </metadata>
                """, MetadataWriter.versionList("com.acme", "lib", List.of("1.9", "1.10-SNAPSHOT", "1.2", "1.9")));
    }

    @Test
    void versionList_onlySnapshots_noRelease() {
        String xml = MetadataWriter.versionList("g", "a", List.of("1.0-SNAPSHOT"));
        assertTrue(!xml.contains("<release>") && xml.contains("<latest>1.0-SNAPSHOT</latest>"), xml);
    }
}
