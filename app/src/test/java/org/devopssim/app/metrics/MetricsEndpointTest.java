package org.devopssim.app.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.devopssim.app.PresetLibrary;
import org.devopssim.app.RunFactory;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.engine.Speed;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class MetricsEndpointTest {

    private static RunFactory.Run production() {
        PresetLibrary presets = new PresetLibrary();
        return new RunFactory(presets, null, null).create(presets.preset("production"), 42);
    }

    private static String scrapeText(RunFactory.Run run) {
        SnapshotPublisher publisher = new SnapshotPublisher(Speed.parse("max"), 0);
        run.simulation().addObserver(publisher);
        run.simulation().advance(120);
        return Exposition.render(new Scrape(publisher.latest(), run.alerting().view()));
    }

    @Test
    void theExpositionIsValidAndCarriesEveryNodeWithItsLabels() {
        RunFactory.Run run = production();
        String text = scrapeText(run);
        assertEquals(List.of(), ExpositionChecker.problems(text), text);
        assertTrue(text.contains("# TYPE devopssim_request_rate_per_second gauge\n"), text);
        assertTrue(text.contains("# TYPE devopssim_latency_p95_seconds gauge\n"));
        assertTrue(text.contains("# TYPE devopssim_cost_dollars_total counter\n"));
        assertTrue(text.contains("devopssim_simulated_seconds_total{node=\"system\",kind=\"system\",region=\"\",provider=\"\","
                + "mode=\"production\"} 119\n"), text); // the snapshot of the 120th second, counted from 0
        Simulation sim = run.simulation();
        long nodesWithRate = sim.topology().nodes().stream().filter(n -> !Exposition.recorded(n).isEmpty()).count();
        long rateLines = text.lines().filter(l -> l.startsWith("devopssim_request_rate_per_second{")).count();
        assertEquals(nodesWithRate + 1, rateLines, "one per recording node plus the system");
        // A node inside a region carries that region and its provider.
        String regional = text.lines().filter(l -> l.startsWith("devopssim_cpu_utilization_ratio{")
                && !l.contains("region=\"\"")).findFirst().orElseThrow(() -> new AssertionError(text));
        assertTrue(regional.matches(".*provider=\"(aws|azure|gcp|digitalocean|local)\".*"), regional);
        // p95 is exposed in seconds: the system's figure divided by 1000.
        double p95 = Double.parseDouble(text.lines().filter(l -> l.startsWith("devopssim_latency_p95_seconds{node=\"system\""))
                .findFirst().orElseThrow().replaceAll(".* ", ""));
        assertEquals(sim.system().latencyP95Ms() / 1000, p95, 1e-9);
    }

    @Test
    void theCheckerCatchesBrokenText() {
        assertFalse(ExpositionChecker.problems("devopssim_x{node=\"a\"} 1\n").isEmpty(), "a sample without TYPE");
        assertFalse(ExpositionChecker.problems("# HELP a x\n# TYPE a counter\na 1\n").isEmpty(), "counter without _total");
        assertFalse(ExpositionChecker.problems("# HELP a x\n# TYPE a gauge\na{b=\"1} 1\n").isEmpty(), "open quote");
        assertFalse(ExpositionChecker.problems("# HELP a x\n# TYPE a gauge\na 1\na 2\n").isEmpty(), "repeated series");
    }

    @Test
    void promtoolAcceptsTheExposition() throws Exception {
        Path promtool = Stream.ofPath().filter(p -> Files.isExecutable(p.resolve("promtool"))).findFirst()
                .map(p -> p.resolve("promtool")).orElse(null);
        Assumptions.assumeTrue(promtool != null, "promtool not installed (apt-get install prometheus); skipped");
        String text = scrapeText(production());
        Process p = new ProcessBuilder(promtool.toString(), "check", "metrics").redirectErrorStream(true).start();
        p.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
    }

    /** The directories of PATH. */
    private static final class Stream {
        static java.util.stream.Stream<Path> ofPath() {
            String path = System.getenv().getOrDefault("PATH", "");
            return java.util.Arrays.stream(path.split(java.io.File.pathSeparator)).filter(s -> !s.isBlank()).map(Path::of);
        }
    }

    @Test
    void servesOnLoopbackOnlyAndStops() throws Exception {
        RunFactory.Run run = production();
        SnapshotPublisher publisher = new SnapshotPublisher(Speed.parse("max"), 0);
        run.simulation().addObserver(publisher);
        AtomicReference<Scrape> latest = new AtomicReference<>();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try (MetricsEndpoint endpoint = MetricsEndpoint.start(0, latest::get)) {
            assertTrue(endpoint.url().startsWith("http://127.0.0.1:"), endpoint.url());
            URI uri = URI.create(endpoint.url());
            assertEquals(503, client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).statusCode());

            run.simulation().advance(30);
            latest.set(new Scrape(publisher.latest(), run.alerting().view()));
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertEquals(Exposition.CONTENT_TYPE, r.headers().firstValue("Content-Type").orElseThrow());
            assertEquals(List.of(), ExpositionChecker.problems(r.body()));
            assertTrue(r.body().contains("devopssim_simulated_seconds_total{node=\"system\",kind=\"system\",region=\"\","
                    + "provider=\"\",mode=\"production\"} 29\n"), r.body());

            HttpResponse<String> other = client.send(HttpRequest.newBuilder(uri.resolve("/other")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, other.statusCode());
            endpoint.stop();
            assertThrows(ConnectException.class, () -> client.send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
    }

    @Test
    void aTakenPortIsAnIoError() throws Exception {
        try (MetricsEndpoint first = MetricsEndpoint.start(0, () -> null)) {
            assertThrows(IOException.class, () -> MetricsEndpoint.start(first.port(), () -> null));
        }
    }
}
