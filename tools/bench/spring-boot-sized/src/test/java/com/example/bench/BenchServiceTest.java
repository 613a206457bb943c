package com.example.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchServiceTest {

    @Test
    void pings() {
        assertThat(new BenchService().ping()).isEqualTo("pong");
    }
}
