package com.example.greeter;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/** Boots the whole context, with a mock servlet environment: no port is opened in the builder stage. */
@SpringBootTest
@AutoConfigureMockMvc
class GreeterApplicationTest {

    @Autowired
    private MockMvc mvc;

    @Test
    void greet_answersWithTheName() throws Exception {
        mvc.perform(get("/greet/test")).andExpect(content().string("Hello, test, from Spring Boot"));
    }
}
