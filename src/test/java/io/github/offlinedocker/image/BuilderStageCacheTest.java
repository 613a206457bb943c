package io.github.offlinedocker.image;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BuilderStageCacheTest {

    @Test
    void isBuilderStage_stageTagsOnly_neverADependencyImageOrARegistryPort() {
        assertTrue(BuilderStageCache.isBuilderStage("localhost:5000/team/app-deps:build-0123456789abcdef01234567"));
        assertFalse(BuilderStageCache.isBuilderStage("localhost:5000/team/app-deps:0123456789abcdef01234567"));
        // A registry whose host starts like the tag does not make a dependency image a stage.
        assertFalse(BuilderStageCache.isBuilderStage("build-cache.example.com/team/app-deps:0123456789abcdef01234567"));
    }
}
