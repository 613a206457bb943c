package com.example.greeter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Boots the (small, web-less) context, which runs the greeting with the configured name. */
@SpringBootTest(properties = "greeter.name=test")
@ExtendWith(OutputCaptureExtension.class)
class GreeterApplicationTest {

    @Test
    void contextStarts_andGreets(CapturedOutput output) {
        assertThat(output.getOut()).contains("Hello, test, from Spring Boot");
    }
}
