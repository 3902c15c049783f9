package org.devopssim.ui.operate;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.devopssim.simulation.engine.Action;
import org.devopssim.simulation.engine.Fault;
import org.devopssim.simulation.model.AppService;
import org.devopssim.simulation.model.AuthService;
import org.devopssim.simulation.model.CloudRegion;
import org.devopssim.simulation.model.Delivery;
import org.devopssim.simulation.model.KafkaNode;
import org.devopssim.simulation.model.LoadBalancer;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.model.PostgresNode;
import org.devopssim.simulation.model.RedisNode;
import org.devopssim.simulation.model.TrafficSource;

/**
 * Every action that takes parameters, as a form: each fault of the chaos catalogue, scaling and
 * deploying. Which nodes suit each one mirrors the engine's own target check, so menus offer only
 * what the engine would accept; the engine still has the last word (a refusal is shown).
 */
public enum ActionForm {
    INSTANCE_CRASH("Instance crash", "Instances of a service die; the orchestrator restarts them after their boot time.",
            Duration.NONE, ActionForm::service, List.of(Parameter.whole("count", "Instances", "", 1, 1, 1000)),
            (t, v, d) -> new Fault.InstanceCrash(t, whole(v, "count"))),
    ZONE_OUTAGE("Zone outage", "One availability zone of a region goes dark; its share of every node's instances is lost.",
            Duration.OPTIONAL, ActionForm::region, List.of(), (t, v, d) -> new Fault.ZoneOutage(t, d)),
    REGION_OUTAGE("Region outage", "A whole region (or a whole local machine) is down.",
            Duration.OPTIONAL, ActionForm::region, List.of(), (t, v, d) -> new Fault.RegionOutage(t, d)),
    NETWORK_LATENCY("Network latency", "Extra latency on every link into or out of a region.",
            Duration.OPTIONAL, ActionForm::region, List.of(Parameter.number("extraMs", "Extra latency", "ms", 200, 1, 60_000)),
            (t, v, d) -> new Fault.NetworkLatency(t, number(v, "extraMs"), d)),
    NETWORK_PARTITION("Network partition", "Two regions cannot reach each other: requests and replication between them fail.",
            Duration.OPTIONAL, ActionForm::region, List.of(Parameter.text("otherRegion", "Other region", "")),
            (t, v, d) -> new Fault.NetworkPartition(t, (String) v.get("otherRegion"), d)),
    DB_PRIMARY_CRASH("PostgreSQL primary crash", "The primary crashes; automatic failover promotes a replica where configured.",
            Duration.OPTIONAL, n -> n instanceof PostgresNode p && p.role().acceptsWrites(), List.of(),
            (t, v, d) -> new Fault.DbPrimaryCrash(t, d)),
    REPLICA_LAG("Replica lag", "A replica applies its leader's writes at only a fraction of its normal rate.",
            Duration.OPTIONAL, n -> n instanceof PostgresNode,
            List.of(Parameter.number("applyFactor", "Apply rate", "of normal (0-1]", 0.1, 0.01, 1)),
            (t, v, d) -> new Fault.ReplicaLag(t, number(v, "applyFactor"), d)),
    REDIS_DOWN("Redis down", "Cache misses go to the database, sessions are lost and logins fail.",
            Duration.OPTIONAL, n -> n instanceof RedisNode, List.of(), (t, v, d) -> new Fault.RedisDown(t, d)),
    KAFKA_BROKER_DOWN("Kafka broker down", "Fewer partitions are served; consumers fall behind.",
            Duration.OPTIONAL, n -> n instanceof KafkaNode, List.of(Parameter.whole("brokers", "Brokers", "", 1, 1, 100)),
            (t, v, d) -> new Fault.KafkaBrokerDown(t, whole(v, "brokers"), d)),
    DISK_FILL("Disk fill", "The disk fills steadily; at 100% the node stops serving.",
            Duration.OPTIONAL, ActionForm::serving, List.of(Parameter.number("percentPerMinute", "Fill rate", "% per minute", 5, 0.1, 100)),
            (t, v, d) -> new Fault.DiskFill(t, number(v, "percentPerMinute"), d)),
    MEMORY_LEAK("Memory leak", "A service leaks memory; at 100% its instances are OOM-killed.",
            Duration.OPTIONAL, ActionForm::service, List.of(Parameter.number("percentPerMinute", "Leak rate", "% per minute", 5, 0.1, 100)),
            (t, v, d) -> new Fault.MemoryLeak(t, number(v, "percentPerMinute"), d)),
    CPU_HOG("CPU hog", "Something eats a share of the node's CPU, and as much of its capacity.",
            Duration.OPTIONAL, ActionForm::serving, List.of(Parameter.number("percent", "CPU taken", "%", 60, 1, 100)),
            (t, v, d) -> new Fault.CpuHog(t, number(v, "percent"), d)),
    BAD_RELEASE("Bad release", "The running version turns bad: extra errors and slower responses.",
            Duration.OPTIONAL, n -> n instanceof AppService,
            List.of(Parameter.number("errorRatePercent", "Extra errors", "% of requests", 10, 0, 100),
                    Parameter.number("latencyFactor", "Latency factor", "x", 1, 1, 100)),
            (t, v, d) -> new Fault.BadRelease(t, number(v, "errorRatePercent"), number(v, "latencyFactor"), d)),
    SLOW_DEPENDENCY("Slow dependency", "The node answers several times slower than usual.",
            Duration.OPTIONAL, ActionForm::serving, List.of(Parameter.number("factor", "Slowdown", "x", 5, 1.01, 1000)),
            (t, v, d) -> new Fault.SlowDependency(t, number(v, "factor"), d)),
    TLS_CERT_EXPIRED("TLS certificate expired", "Every HTTPS request through the balancer fails.",
            Duration.OPTIONAL, n -> n instanceof LoadBalancer lb && lb.tls(), List.of(),
            (t, v, d) -> new Fault.TlsCertExpired(t, d)),
    TRAFFIC_SPIKE("Traffic spike", "A flash crowd: traffic from the source (or every source) multiplied.",
            Duration.REQUIRED, n -> n instanceof TrafficSource, List.of(Parameter.number("factor", "Traffic", "x", 3, 0.1, 1000)),
            (t, v, d) -> new Fault.TrafficSpike(t, number(v, "factor"), d)),
    SCALE("Scale", "Sets the service's instance count; new instances take their boot time to serve.",
            Duration.NONE, ActionForm::scalable, List.of(Parameter.whole("instances", "Instances", "", 3, 0, 10_000)),
            (t, v, d) -> new Action.Scale(t, whole(v, "instances"))),
    DEPLOY("Deploy", "Rolls out a new version with a strategy; plant a bad release with errors or a latency factor.",
            Duration.NONE, n -> n instanceof AppService,
            List.of(Parameter.text("version", "Version", "v2"),
                    Parameter.choice("strategy", "Strategy", strategies(), "rolling-update"),
                    Parameter.number("errorRatePercent", "Extra errors", "% (0: good release)", 0, 0, 100),
                    Parameter.number("latencyFactor", "Latency factor", "x (1: good release)", 1, 1, 100)),
            (t, v, d) -> new Action.Deploy(t, (String) v.get("version"), strategy((String) v.get("strategy")),
                    number(v, "errorRatePercent"), number(v, "latencyFactor")));

    /** Whether the action lasts, and whether "until fixed" is allowed. */
    public enum Duration {
        /** Instant (a crash, a scale, a deploy). */
        NONE,
        /** A number of seconds, or until fixed. */
        OPTIONAL,
        /** A number of seconds; the engine gives it one anyway. */
        REQUIRED
    }

    @FunctionalInterface
    interface Builder {
        Action build(String target, Map<String, Object> values, Integer durationSeconds);
    }

    private final String label;
    private final String description;
    private final Duration duration;
    private final Predicate<Node> suits;
    private final List<Parameter> parameters;
    private final Builder builder;

    ActionForm(String label, String description, Duration duration, Predicate<Node> suits, List<Parameter> parameters,
               Builder builder) {
        this.label = label;
        this.description = description;
        this.duration = duration;
        this.suits = suits;
        this.parameters = parameters;
        this.builder = builder;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public Duration duration() {
        return duration;
    }

    public List<Parameter> parameters() {
        return parameters;
    }

    public boolean isFault() {
        return ordinal() <= TRAFFIC_SPIKE.ordinal();
    }

    /** Whether the engine would accept this node as the target. */
    public boolean suits(Node node) {
        return node != null && suits.test(node);
    }

    /** The kind of node a target must be, for messages. */
    public String targetHint() {
        return switch (this) {
            case INSTANCE_CRASH, MEMORY_LEAK -> "a service";
            case ZONE_OUTAGE, REGION_OUTAGE, NETWORK_LATENCY, NETWORK_PARTITION -> "a region";
            case DB_PRIMARY_CRASH -> "a PostgreSQL primary";
            case REPLICA_LAG -> "a PostgreSQL node";
            case REDIS_DOWN -> "a Redis node";
            case KAFKA_BROKER_DOWN -> "a Kafka node";
            case DISK_FILL, CPU_HOG, SLOW_DEPENDENCY -> "a serving node";
            case BAD_RELEASE, DEPLOY -> "an application service";
            case TLS_CERT_EXPIRED -> "a load balancer that terminates TLS";
            case TRAFFIC_SPIKE -> "a traffic source (or none: every source)";
            case SCALE -> "a service with instances";
        };
    }

    /** Faults only: the forms suited to a node, in catalogue order. */
    public static List<ActionForm> faultsFor(Node node) {
        return Arrays.stream(values()).filter(ActionForm::isFault).filter(f -> f.suits(node)).toList();
    }

    /** The form whose action has this kebab-case name. */
    public static ActionForm named(String actionName) {
        return Arrays.stream(values()).filter(f -> f.actionName().equals(actionName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no form for " + actionName));
    }

    /** The engine's name of the action this form makes. */
    public String actionName() {
        return name().toLowerCase().replace('_', '-');
    }

    public Action build(String target, Map<String, Object> values, Integer durationSeconds) {
        return builder.build(target, values, durationSeconds);
    }

    private static boolean service(Node n) {
        return n instanceof AppService || n instanceof AuthService;
    }

    private static boolean region(Node n) {
        return n instanceof CloudRegion;
    }

    private static boolean serving(Node n) {
        return n.capacity() != null && !(n instanceof TrafficSource);
    }

    private static boolean scalable(Node n) {
        return serving(n);
    }

    private static int whole(Map<String, Object> v, String key) {
        return (int) Math.round((Double) v.get(key));
    }

    private static double number(Map<String, Object> v, String key) {
        return (Double) v.get(key);
    }

    private static List<String> strategies() {
        return Arrays.stream(Delivery.Strategy.values()).map(s -> s.name().toLowerCase().replace('_', '-')).toList();
    }

    private static Delivery.Strategy strategy(String name) {
        return Delivery.Strategy.valueOf(name.toUpperCase().replace('-', '_'));
    }
}
