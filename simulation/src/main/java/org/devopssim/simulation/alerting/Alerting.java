package org.devopssim.simulation.alerting;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiPredicate;
import org.devopssim.simulation.engine.Feature;
import org.devopssim.simulation.engine.NodeStatus;
import org.devopssim.simulation.engine.RunObserver;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.events.Severity;
import org.devopssim.simulation.events.SimEvent;
import org.devopssim.simulation.logs.LogAnomaly;
import org.devopssim.simulation.metrics.Metric;
import org.devopssim.simulation.metrics.MetricsStore;
import org.devopssim.simulation.model.MonitoringNode;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.model.Topology;
import org.devopssim.simulation.spi.AnomalyDetector;

/**
 * Alerting of one run: every simulated second it evaluates the threshold rules, counts requests
 * against the SLOs and checks their burn-rate alerts, asks the anomaly detector (if any) about the
 * watched series, moves alerts through pending, firing and resolved, logs {@code alert-firing} /
 * {@code alert-resolved} events, notifies the run's channels and publishes an {@link AlertView}.
 *
 * <p>Evaluation runs on the simulation thread and is deterministic. {@link #view()} may be called
 * from any thread. Rules, SLOs, burn-rate alerts and silences may be added from any thread; they
 * take effect from the next evaluated second.
 */
public final class Alerting implements RunObserver {

    static final int RESOLVED_KEPT = 200;
    /** The source of AI log alerts, as {@link Alert#source()} names it. */
    public static final String LOG_SOURCE = "ai-log";
    /** A count anomaly must last this long: its minute window already smooths single seconds. */
    static final long LOG_SURGE_FOR_SECONDS = 10;
    private static final long LONGEST_BURN_WINDOW = 3 * 86_400;

    private final CopyOnWriteArrayList<AlertRule> rules;
    private final CopyOnWriteArrayList<ServiceLevelObjective> slos;
    private final CopyOnWriteArrayList<BurnRateAlert> burnRateAlerts;
    private final CopyOnWriteArrayList<Silence> silences = new CopyOnWriteArrayList<>();
    private final AnomalyWatch anomaly;
    private final Notifier notifier;
    private final AlertLifecycle lifecycle = new AlertLifecycle();
    private final List<SloLedger> ledgers = new ArrayList<>();
    private final ArrayDeque<Alert> resolved = new ArrayDeque<>();
    private final AtomicReference<AlertView> view;
    private int slosCounted;
    private int fired;
    private int resolvedCount;
    private List<Alert> resolvedPublished = List.of();

    /**
     * @param detector the anomaly detector, or null; used only when the pack has an anomaly policy
     */
    public Alerting(Topology topology, RulePack pack, AnomalyDetector detector) {
        this.rules = new CopyOnWriteArrayList<>(pack.rules());
        this.slos = new CopyOnWriteArrayList<>(pack.slos());
        this.burnRateAlerts = new CopyOnWriteArrayList<>(pack.burnRateAlerts());
        this.anomaly = detector == null || pack.anomaly() == null ? null : new AnomalyWatch(detector, pack.anomaly());
        this.notifier = new Notifier(channels(topology, pack), pack.emailTo(), topology);
        this.view = new AtomicReference<>(new AlertView(-1, anomaly != null, List.of(), List.of(), List.of(),
                List.of(), 0, 0));
    }

    /** Makes alerting for a simulation and registers it as an observer of every second. */
    public static Alerting attach(Simulation sim, RulePack pack, AnomalyDetector detector) {
        Alerting alerting = new Alerting(sim.topology(), pack, detector);
        sim.addObserver(alerting);
        return alerting;
    }

    public static Alerting attach(Simulation sim, RulePack pack) {
        return attach(sim, pack, null);
    }

    /**
     * The channels named by the topology's monitoring nodes (the seed's monitoring table), in
     * node order; the pack's defaults when none names one.
     */
    static List<Channel> channels(Topology topology, RulePack pack) {
        Set<Channel> named = new LinkedHashSet<>();
        for (Node node : topology.nodes()) {
            if (node instanceof MonitoringNode m && m.alertChannel() != null && Channel.of(m.alertChannel()) != null) {
                named.add(Channel.of(m.alertChannel()));
            }
        }
        return named.isEmpty() ? pack.defaultChannels() : List.copyOf(named);
    }

    // ---- programmatic set-up (exercises) ------------------------------------------------------

    public void addRule(AlertRule rule) {
        rules.add(rule);
    }

    public void addSlo(ServiceLevelObjective slo) {
        slos.add(slo);
    }

    public void addBurnRateAlert(BurnRateAlert alert) {
        burnRateAlerts.add(alert);
    }

    public void addSilence(Silence silence) {
        silences.add(silence);
    }

    public List<AlertRule> rules() {
        return List.copyOf(rules);
    }

    public List<Silence> silences() {
        return List.copyOf(silences);
    }

    /** The newest published view; safe from any thread. */
    public AlertView view() {
        return view.get();
    }

    // ---- evaluation ---------------------------------------------------------------------------

    @Override
    public void afterSecond(Simulation sim) {
        long now = sim.second();
        Map<String, NodeStatus> status = new HashMap<>();
        for (NodeStatus s : sim.statuses()) {
            status.put(s.id(), s);
        }
        List<Observation> observations = new ArrayList<>();
        for (AlertRule rule : rules) {
            observeRule(sim, status, rule, observations);
        }
        countSlos(sim, status, now, observations);
        boolean watching = anomaly != null && sim.featureEnabled(Feature.AI_ANOMALY_ALERTS);
        if (watching) {
            anomaly.observe(sim, status::get, observations);
        }
        observeLogs(sim, observations);
        BiPredicate<String, String> muted = (name, node) -> silences.stream().anyMatch(s -> s.mutes(name, node, now));
        for (AlertLifecycle.Transition t : lifecycle.step(now, observations)) {
            AlertLifecycle.Live a = t.alert();
            String node = MetricsStore.SYSTEM.equals(a.nodeId) ? null : a.nodeId;
            if (t.to() == AlertState.FIRING) {
                fired++;
                sim.eventLog().append(new SimEvent(now, a.severity, node, "alert-firing",
                        "FIRING %s on %s: %s".formatted(a.name, a.nodeId, a.summary)));
            } else {
                resolvedCount++;
                sim.eventLog().append(new SimEvent(now, Severity.INFO, node, "alert-resolved",
                        "RESOLVED %s on %s after %s firing".formatted(a.name, a.nodeId,
                                AlertText.duration(now - a.firingSince))));
                keepResolved(a.resolved(now));
                if (a.notified) {
                    notifier.resolved(a, now);
                }
            }
        }
        for (AlertLifecycle.Live a : lifecycle.live()) {
            if (a.firing() && !a.notified && !muted.test(a.name, a.nodeId)) {
                a.notified = true;
                notifier.firing(a, now);
            }
        }
        view.set(new AlertView(now, watching, lifecycle.current(now, muted), resolvedPublished,
                notifier.messages(), ledgers.stream().map(SloLedger::status).toList(), fired, resolvedCount));
    }

    /**
     * AI log alerts: what the log analysis finds unusual (a new error pattern, a surge, a drop) is
     * an alert per template while it lasts. Only topologies with log analysis produce any.
     */
    private static void observeLogs(Simulation sim, List<Observation> out) {
        for (LogAnomaly a : sim.logs().anomalies()) {
            out.add(new Observation(a.alertName(), a.nodeId() == null ? MetricsStore.SYSTEM : a.nodeId(),
                    Severity.WARNING, LOG_SOURCE, true, a.lastMinute(),
                    a.kind() == LogAnomaly.Kind.NEW_PATTERN ? 0 : LOG_SURGE_FOR_SECONDS, a.summary()));
        }
    }

    private static void observeRule(Simulation sim, Map<String, NodeStatus> status, AlertRule rule,
                                    List<Observation> out) {
        MetricsStore store = sim.metrics();
        Metric m = rule.metric();
        if (rule.target() instanceof Target.SystemWide) {
            if (store.channel(MetricsStore.SYSTEM, m) >= 0) {
                double now = MetricReading.of(sim.system(), m);
                out.add(observation(rule, MetricsStore.SYSTEM, windowed(sim, rule, MetricsStore.SYSTEM, now)));
            }
            return;
        }
        for (Node node : sim.topology().nodes()) {
            if (rule.target().covers(node) && store.channel(node.id(), m) >= 0) {
                double now = MetricReading.of(status.get(node.id()), m);
                out.add(observation(rule, node.id(), windowed(sim, rule, node.id(), now)));
            }
        }
    }

    /**
     * The value a windowed rule compares: the store's samples over the trailing window (this
     * second's already recorded), aggregated. Only imported PromQL rules have windows, so the
     * range query's allocation is paid by them alone.
     */
    private static double windowed(Simulation sim, AlertRule rule, String owner, double now) {
        AlertRule.Window w = rule.window();
        if (w == null) {
            return now;
        }
        long newest = sim.metrics().newestSecond();
        double[] values = sim.metrics().range(owner, rule.metric(), newest - w.seconds() + 1, newest).values();
        if (values.length == 0) {
            return now;
        }
        return switch (w.aggregation()) {
            case AVG -> java.util.Arrays.stream(values).average().orElse(now);
            case MAX -> java.util.Arrays.stream(values).max().orElse(now);
            case MIN -> java.util.Arrays.stream(values).min().orElse(now);
        };
    }

    private static Observation observation(AlertRule rule, String owner, double value) {
        return new Observation(rule.name(), owner, rule.severity(), "rule",
                rule.comparison().holds(value, rule.threshold()), value, rule.forSeconds(),
                rule.describe(owner, value));
    }

    private void countSlos(Simulation sim, Map<String, NodeStatus> status, long now, List<Observation> out) {
        while (slosCounted < slos.size()) {
            ServiceLevelObjective slo = slos.get(slosCounted++);
            for (String service : services(sim, slo.service())) {
                ledgers.add(new SloLedger(slo, service, LONGEST_BURN_WINDOW, now));
            }
        }
        for (SloLedger ledger : ledgers) {
            Objective objective = ledger.slo.objective();
            RequestCounts counts = MetricsStore.SYSTEM.equals(ledger.service)
                    ? RequestCounts.of(sim.system(), objective)
                    : RequestCounts.of(status.get(ledger.service), objective);
            ledger.record(now, counts.requests(), counts.bad());
            for (BurnRateAlert burn : burnRateAlerts) {
                double longBurn = ledger.burnRate(burn.longWindowSeconds());
                double shortBurn = ledger.burnRate(burn.shortWindowSeconds());
                // "Confirmed over 5 minutes" needs 5 minutes seen: a run's first seconds alone never page.
                boolean holds = ledger.covers(burn.shortWindowSeconds()) && longBurn > burn.factor()
                        && shortBurn > burn.factor();
                out.add(new Observation(burn.name() + "[" + ledger.slo.name() + "]", ledger.service, burn.severity(),
                        "slo", holds, longBurn, 0,
                        "%s %s: error budget burning %sx over %s and %sx over %s (alert above %sx)".formatted(
                                ledger.service, ledger.slo.describe(), AlertText.number(longBurn),
                                AlertText.duration(burn.longWindowSeconds()), AlertText.number(shortBurn),
                                AlertText.duration(burn.shortWindowSeconds()), AlertText.number(burn.factor()))));
            }
        }
    }

    /** The services an SLO target covers: the system, or each serving node it names. */
    private static List<String> services(Simulation sim, Target target) {
        if (target instanceof Target.SystemWide) {
            return List.of(MetricsStore.SYSTEM);
        }
        List<String> list = new ArrayList<>();
        for (Node node : sim.topology().nodes()) {
            if (target.covers(node) && node.capacity() != null) {
                list.add(node.id());
            }
        }
        return list;
    }

    private void keepResolved(Alert alert) {
        if (resolved.size() == RESOLVED_KEPT) {
            resolved.removeFirst();
        }
        resolved.addLast(alert);
        resolvedPublished = List.copyOf(resolved);
    }
}
