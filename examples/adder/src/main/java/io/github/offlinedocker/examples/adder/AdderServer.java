package io.github.offlinedocker.examples.adder;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * HTTP front end of {@link AddEndpoint}, built on the JDK's own HTTP server only.
 *
 * <p>Listens on all interfaces, on the port given by the environment variable {@code PORT}
 * (default 8080).
 */
public final class AdderServer {

    /** Port used when {@code PORT} is not set. */
    public static final int DEFAULT_PORT = 8080;

    private final HttpServer server;
    private final ExecutorService executor;

    private AdderServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Starts a server.
     *
     * @param address where to listen; port 0 picks a free port
     * @return the running server
     * @throws IOException if the address cannot be bound
     */
    public static AdderServer start(InetSocketAddress address) throws IOException {
        HttpServer server = HttpServer.create(address, 0);
        ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "adder-http");
            t.setDaemon(true);
            return t;
        });
        server.createContext("/", AdderServer::serve);
        server.setExecutor(executor);
        server.start();
        return new AdderServer(server, executor);
    }

    /** @return the port actually bound */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops the server at once, closing open connections. */
    public void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static void serve(HttpExchange exchange) throws IOException {
        try {
            AddEndpoint.Reply reply = AddEndpoint.handle(
                    exchange.getRequestMethod(), exchange.getRequestURI().getRawPath());
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=UTF-8");
            if (reply.status() == 405) {
                exchange.getResponseHeaders().set("Allow", "GET");
            }
            exchange.sendResponseHeaders(reply.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } finally {
            exchange.close();
        }
    }

    static int portFromEnvironment(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_PORT;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("PORT out of range: " + value);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("PORT is not a number: " + value, e);
        }
    }

    public static void main(String[] args) throws IOException {
        int port;
        try {
            port = portFromEnvironment(System.getenv("PORT"));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        AdderServer server = start(new InetSocketAddress(port));
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "adder-shutdown"));
        System.out.println("AdderServer listening on port " + server.port());
    }
}
