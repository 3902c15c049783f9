package org.devopssim.simulation.alerting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.devopssim.simulation.Fixtures;
import org.devopssim.simulation.engine.Action;
import org.devopssim.simulation.engine.Feature;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.events.Severity;
import org.devopssim.simulation.metrics.Metric;
import org.devopssim.simulation.model.Mode;
import org.devopssim.simulation.spi.AnomalyDetector;
import org.junit.jupiter.api.Test;

class AnomalyAlertTest {

    /** A stand-in for the ML detector: score 1 when a value is over three times the mean of the first 30. */
    private static final AnomalyDetector THREE_TIMES_BASELINE = () -> new AnomalyDetector.AnomalyScorer() {
        private double sum;
        private int n;

        @Override
        public double score(long epochSeconds, double value) {
            if (n < 30) {
                sum += value;
                n++;
                return 0;
            }
            return value > 3 * sum / n ? 1 : 0;
        }
    };

    private static RulePack watchingApiLatency() {
        return new RulePack(Mode.EXPERIMENTAL, null, List.of(Channel.AI_ANOMALY), List.of(), List.of(), List.of(),
                new AnomalyPolicy(new Target.NodeId("api"), List.of(Metric.LATENCY_P95, Metric.REQUEST_RATE), 0.9,
                        10, Severity.WARNING));
    }

    @Test
    void theViewSaysWhetherADetectorWatchesTheRun() {
        Simulation graded = new Simulation(Fixtures.chain(150, 2), 3, Fixtures.prices());
        Alerting withoutDetector = Alerting.attach(graded, watchingApiLatency(), null);
        graded.advance(5);
        assertFalse(withoutDetector.view().anomalyWatch(), "an AI feed with no detector behind it (exercises) watches nothing");

        Simulation live = new Simulation(Fixtures.chain(150, 2), 3, Fixtures.prices());
        Alerting watched = Alerting.attach(live, watchingApiLatency(), THREE_TIMES_BASELINE);
        live.advance(5);
        assertTrue(watched.view().anomalyWatch());
        live.apply(new Action.SetFeature(Feature.AI_ANOMALY_ALERTS.wireName(), false));
        live.advance(1);
        assertFalse(watched.view().anomalyWatch(), "switched off from the Experimental menu");
    }

    @Test
    void highScoresRaiseAnomalyAlertsOnTheAiFeed() {
        Simulation sim = new Simulation(Fixtures.chain(150, 2), 3, Fixtures.prices());
        Alerting alerting = Alerting.attach(sim, watchingApiLatency(), THREE_TIMES_BASELINE);
        sim.advance(120);
        assertTrue(alerting.view().alerts().isEmpty(), "steady at 75% load is normal");

        sim.apply(new Action.Scale("api", 1));
        sim.advance(60);
        AlertView view = alerting.view();
        Alert anomaly = view.firing().getFirst();
        assertEquals("Anomaly(latency-p95)", anomaly.name());
        assertEquals("api", anomaly.nodeId());
        assertEquals("anomaly", anomaly.source());
        assertEquals(1, view.firing().size(), "the request rate did not change");
        Notification.AnomalyNotice notice = view.anomalyFeed().getFirst();
        assertEquals("Anomaly(latency-p95)", notice.alertName());
        assertTrue(notice.text().contains("anomaly score 1"), notice.text());
        assertTrue(view.outbox().isEmpty());
    }

    @Test
    void withoutADetectorThePolicyWatchesNothing() {
        Simulation sim = new Simulation(Fixtures.chain(150, 2), 3, Fixtures.prices());
        Alerting alerting = Alerting.attach(sim, watchingApiLatency(), null);
        sim.advance(120);
        sim.apply(new Action.Scale("api", 1));
        sim.advance(60);
        assertTrue(alerting.view().alerts().isEmpty());
    }
}
