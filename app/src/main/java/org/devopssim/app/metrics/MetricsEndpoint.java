package org.devopssim.app.metrics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The opt-in {@code /metrics} endpoint: the newest scrape in the Prometheus text format, served on
 * the loopback interface only (no traffic leaves the machine). Requests are answered on the
 * server's own thread from an immutable scrape, so a scrape never waits for, or blocks, the
 * simulation thread.
 */
public final class MetricsEndpoint implements AutoCloseable {

    public static final int DEFAULT_PORT = 9464;

    private final HttpServer server;
    private final ExecutorService executor;

    private MetricsEndpoint(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Starts serving on 127.0.0.1.
     *
     * @param port   the TCP port, 0 for any free one (see {@link #port()})
     * @param source the newest scrape, or null before the run's first second
     * @throws IOException when the port is taken
     */
    public static MetricsEndpoint start(int port, Supplier<Scrape> source) throws IOException {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("expected a port 0..65535, got " + port);
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "metrics-endpoint");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", exchange -> handle(exchange, source));
        server.start();
        return new MetricsEndpoint(server, executor);
    }

    private static void handle(HttpExchange exchange, Supplier<Scrape> source) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!path.equals("/metrics")) {
                reply(exchange, 404, "text/plain; charset=utf-8", "not found; metrics are at /metrics\n");
            } else if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                reply(exchange, 405, "text/plain; charset=utf-8", "only GET\n");
            } else {
                Scrape scrape = source.get();
                if (scrape == null || scrape.snapshot() == null) {
                    reply(exchange, 503, "text/plain; charset=utf-8", "the run has not started yet\n");
                } else {
                    reply(exchange, 200, Exposition.CONTENT_TYPE, Exposition.render(scrape));
                }
            }
        }
    }

    private static void reply(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** The port actually bound. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The address scrapers use, e.g. {@code http://127.0.0.1:9464/metrics}. */
    public String url() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + port() + "/metrics";
    }

    /** Stops serving; in-flight scrapes get a second to finish. */
    public void stop() {
        server.stop(1);
        executor.shutdownNow();
    }

    @Override
    public void close() {
        stop();
    }
}
