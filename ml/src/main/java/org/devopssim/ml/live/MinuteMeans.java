package org.devopssim.ml.live;

import java.util.ArrayList;
import java.util.List;
import org.devopssim.simulation.engine.RunObserver;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.metrics.Metric;
import org.devopssim.simulation.metrics.Series;
import org.devopssim.simulation.model.AppService;
import org.devopssim.simulation.model.Autoscaling;
import org.devopssim.simulation.model.Node;

/**
 * Collects one-minute means of the request rate of a run's autoscaled services: the series the predictive
 * autoscaler forecasts. Runs on the simulation thread as an observer; it only reads the run, so attaching
 * it changes nothing in the run. Keeps at most {@code capacity} minutes per service (the newest).
 */
public final class MinuteMeans implements RunObserver {

    private final List<String> services;
    private final int capacity;
    private final double[][] ring;
    private long minutes;
    private long firstEpoch = Long.MIN_VALUE;

    public MinuteMeans(List<String> services, int capacity) {
        if (services.isEmpty() || capacity < 2) {
            throw new IllegalArgumentException("need services and room for two minutes");
        }
        this.services = List.copyOf(services);
        this.capacity = capacity;
        this.ring = new double[services.size()][capacity];
    }

    /** The services of a topology whose policy is not manual, i.e. those that scale on load. */
    public static List<String> autoscaledServices(List<Node> nodes) {
        List<String> ids = new ArrayList<>();
        for (Node n : nodes) {
            if (n instanceof AppService a && a.autoscaling() != null && a.autoscaling().policy() != Autoscaling.Policy.MANUAL) {
                ids.add(a.id());
            }
        }
        return ids;
    }

    @Override
    public synchronized void afterSecond(Simulation sim) {
        long s = sim.second();
        if (s % 60 != 59) {
            return;
        }
        if (firstEpoch == Long.MIN_VALUE) {
            firstEpoch = sim.epochSecond() - 59;
        }
        int slot = (int) (minutes % capacity);
        for (int k = 0; k < services.size(); k++) {
            Series minute = sim.metrics().range(services.get(k), Metric.REQUEST_RATE, s - 59, s);
            double sum = 0;
            for (double v : minute.values()) {
                sum += v;
            }
            ring[k][slot] = minute.size() == 0 ? 0 : sum / minute.size();
        }
        minutes++;
    }

    /** Minutes recorded so far (including those no longer held). */
    public synchronized long minutes() {
        return minutes;
    }

    public List<String> services() {
        return services;
    }

    /** The held minutes of every service, oldest first: a copy, safe to hand to another thread. */
    public synchronized List<org.devopssim.ml.forecast.ForecastTraining.Series> snapshot() {
        int held = (int) Math.min(minutes, capacity);
        long firstHeld = minutes - held;
        long start = firstEpoch + firstHeld * 60;
        List<org.devopssim.ml.forecast.ForecastTraining.Series> list = new ArrayList<>();
        for (int k = 0; k < services.size(); k++) {
            double[] v = new double[held];
            for (int m = 0; m < held; m++) {
                v[m] = ring[k][(int) ((firstHeld + m) % capacity)];
            }
            list.add(new org.devopssim.ml.forecast.ForecastTraining.Series(v, start));
        }
        return list;
    }
}
