package io.github.offlinedocker.examples.adder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AddEndpointTest {

    @Test
    void addsTwoNumbers() {
        assertEquals(new AddEndpoint.Reply(200, "The sum of 5 and 10 is 15"),
                AddEndpoint.handle("GET", "/add/5/10"));
    }

    @Test
    void acceptsNegativeNumbers() {
        assertEquals(new AddEndpoint.Reply(200, "The sum of -7 and 3 is -4"),
                AddEndpoint.handle("GET", "/add/-7/3"));
    }

    @Test
    void rejectsNonIntegers() {
        AddEndpoint.Reply reply = AddEndpoint.handle("GET", "/add/five/10");
        assertEquals(400, reply.status());
        assertTrue(reply.body().contains("'five' is not an integer"), reply.body());
        assertEquals(400, AddEndpoint.handle("GET", "/add/5/1.5").status());
        assertEquals(400, AddEndpoint.handle("GET", "/add/5/99999999999").status());
    }

    @Test
    void rejectsOverflow() {
        assertEquals(400, AddEndpoint.handle("GET", "/add/2147483647/1").status());
    }

    @Test
    void unknownPathsAreNotFound() {
        assertEquals(404, AddEndpoint.handle("GET", "/").status());
        assertEquals(404, AddEndpoint.handle("GET", "/add/5").status());
        assertEquals(404, AddEndpoint.handle("GET", "/add/5/10/15").status());
        assertEquals(404, AddEndpoint.handle("GET", "/sub/5/10").status());
    }

    @Test
    void onlyGetIsAllowed() {
        assertEquals(405, AddEndpoint.handle("POST", "/add/5/10").status());
    }
}
