package org.devopssim.ml.live;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.devopssim.simulation.alerting.Alert;
import org.devopssim.simulation.alerting.AlertState;
import org.devopssim.simulation.alerting.Alerting;
import org.devopssim.simulation.alerting.RulePack;
import org.devopssim.simulation.engine.Fault;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.model.PriceTable;
import org.devopssim.simulation.model.Topology;
import org.devopssim.simulation.spi.AnomalyDetector;

/**
 * How the anomaly detector does in a running simulation, as the live charts and the AI anomaly alerts use
 * it: the topology runs with its bundled alert rules (whose anomaly policy feeds every watched series to
 * the detector every second), faults are injected at set times, and every anomaly alert that starts firing
 * is a marker on the charts. A fault is detected when a marker appears on the node it hit between its start
 * and a minute after its end; the delay is from the start to the first such marker. Markers from a fault's
 * start until ten minutes after its end belong to the incident (recovery moves series too); any other
 * marker from {@code countFrom} on is a false one, per hour of that calm time.
 */
public final class LiveAnomalyEvaluation {

    /** Markers this long after a fault's end still belong to its incident. */
    static final int AFTERMATH_SECONDS = 600;
    /** A first marker on the hit node this long after the fault's end still counts as its detection. */
    static final int DETECTION_GRACE_SECONDS = 60;

    /** A fault injected at {@code second} (since the run's start) on the node {@code watched}, whose series show it. */
    public record Incident(long second, Fault fault, String watched, int durationSeconds) {
    }

    /** @param delaySeconds from the fault's start to the first marker on its node; null when missed */
    public record Detection(Incident incident, Long delaySeconds) {
        public boolean detected() {
            return delaySeconds != null;
        }
    }

    /** @param falseMarkerSeries for each false marker, "second node/alert" */
    public record Result(long seed, List<Detection> detections, int falseMarkers, double calmHours, int markers,
                         List<String> falseMarkerSeries) {
    }

    private final Topology topology;
    private final PriceTable prices;
    private final RulePack rules;

    public LiveAnomalyEvaluation(Topology topology, PriceTable prices, RulePack rules) {
        if (rules.anomaly() == null) {
            throw new IllegalArgumentException("the alert rules of " + topology.name() + " watch no series for anomalies");
        }
        this.topology = topology;
        this.prices = prices;
        this.rules = rules;
    }

    /**
     * @param seconds   how long to run
     * @param countFrom false markers are counted from this second on (e.g. after the slower detector's warm-up)
     */
    public Result run(AnomalyDetector detector, long seed, List<Incident> incidents, long seconds, long countFrom) {
        Simulation sim = new Simulation(topology, seed, prices);
        sim.attachAnomalyDetector(detector);
        Alerting alerting = Alerting.attach(sim, rules, detector);
        Long[] first = new Long[incidents.size()];
        Set<String> firing = new HashSet<>();
        List<String> falseMarkers = new ArrayList<>();
        int markers = 0;
        long calmSeconds = 0;
        for (long s = 0; s < seconds; s++) {
            for (Incident i : incidents) {
                if (i.second() == s) {
                    sim.apply(i.fault());
                }
            }
            sim.tick();
            long second = s;
            boolean calm = s >= countFrom && incidents.stream().noneMatch(i -> within(i, second, AFTERMATH_SECONDS));
            if (calm) {
                calmSeconds++;
            }
            Set<String> now = new HashSet<>();
            for (Alert a : alerting.view().alerts()) {
                if (!a.isAnomaly() || a.state() != AlertState.FIRING) {
                    continue;
                }
                String key = a.nodeId() + "/" + a.name();
                now.add(key);
                if (firing.contains(key)) {
                    continue;
                }
                markers++;
                for (int k = 0; k < incidents.size(); k++) {
                    Incident i = incidents.get(k);
                    if (first[k] == null && i.watched().equals(a.nodeId()) && within(i, s, DETECTION_GRACE_SECONDS)) {
                        first[k] = s - i.second();
                    }
                }
                if (calm) {
                    falseMarkers.add(s + " " + key);
                }
            }
            firing = now;
        }
        List<Detection> detections = new ArrayList<>();
        for (int k = 0; k < incidents.size(); k++) {
            detections.add(new Detection(incidents.get(k), first[k]));
        }
        return new Result(seed, detections, falseMarkers.size(), calmSeconds / 3600.0, markers, List.copyOf(falseMarkers));
    }

    private static boolean within(Incident i, long s, int after) {
        return s >= i.second() && s < i.second() + i.durationSeconds() + after;
    }
}
