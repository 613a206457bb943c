package io.github.offlinedocker.examples.adder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdderServerTest {

    private AdderServer server;
    private HttpClient client;

    @BeforeEach
    void startServer() throws Exception {
        server = AdderServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        client = HttpClient.newBuilder()
                .proxy(HttpClient.Builder.NO_PROXY)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answersTheSum() throws Exception {
        HttpResponse<String> response = get("/add/5/10");
        assertEquals(200, response.statusCode());
        assertEquals("The sum of 5 and 10 is 15", response.body());
        assertEquals("text/plain; charset=UTF-8",
                response.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void answersBadRequestAndNotFound() throws Exception {
        assertEquals(400, get("/add/x/10").statusCode());
        assertEquals(404, get("/nothing-here").statusCode());
    }

    @Test
    void readsPortFromEnvironmentValue() {
        assertEquals(AdderServer.DEFAULT_PORT, AdderServer.portFromEnvironment(null));
        assertEquals(AdderServer.DEFAULT_PORT, AdderServer.portFromEnvironment(" "));
        assertEquals(9090, AdderServer.portFromEnvironment("9090"));
        assertThrows(IllegalArgumentException.class, () -> AdderServer.portFromEnvironment("http"));
        assertThrows(IllegalArgumentException.class, () -> AdderServer.portFromEnvironment("70000"));
    }
}
