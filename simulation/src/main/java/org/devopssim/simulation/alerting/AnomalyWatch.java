package org.devopssim.simulation.alerting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.devopssim.simulation.engine.NodeStatus;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.metrics.Metric;
import org.devopssim.simulation.metrics.MetricsStore;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.spi.AnomalyDetector;

/**
 * Feeds the watched series to an anomaly detector, one scorer per series, every second, and
 * observes an alert per series while its score is high. Scorers are created on first sight and
 * keep their history, so a series' score depends only on its own past.
 */
final class AnomalyWatch {

    private final AnomalyDetector detector;
    private final AnomalyPolicy policy;
    private final Map<String, AnomalyDetector.AnomalyScorer> scorers = new LinkedHashMap<>();

    AnomalyWatch(AnomalyDetector detector, AnomalyPolicy policy) {
        this.detector = detector;
        this.policy = policy;
    }

    void observe(Simulation sim, Function<String, NodeStatus> statusOf, List<Observation> out) {
        long epoch = sim.epochSecond();
        MetricsStore store = sim.metrics();
        for (Metric m : policy.metrics()) {
            if (policy.target() instanceof Target.SystemWide) {
                if (store.channel(MetricsStore.SYSTEM, m) >= 0) {
                    score(MetricsStore.SYSTEM, m, MetricReading.of(sim.system(), m), epoch, out);
                }
                continue;
            }
            for (Node node : sim.topology().nodes()) {
                if (policy.target().covers(node) && store.channel(node.id(), m) >= 0) {
                    score(node.id(), m, MetricReading.of(statusOf.apply(node.id()), m), epoch, out);
                }
            }
        }
    }

    private void score(String owner, Metric m, double value, long epoch, List<Observation> out) {
        var scorer = scorers.computeIfAbsent(owner + "/" + m.name(), k -> detector.newScorer());
        double score = scorer.score(epoch, value);
        out.add(new Observation(Alert.anomalyName(m), owner, policy.severity(), "anomaly", score >= policy.threshold(),
                score, policy.forSeconds(), "%s: unusual %s (%s %s, anomaly score %s)".formatted(owner,
                m.label(), AlertText.number(value), m.unit(), AlertText.number(score))));
    }
}
