package org.devopssim.ui.edit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.devopssim.simulation.model.AppService;
import org.devopssim.simulation.model.AuthService;
import org.devopssim.simulation.model.Autoscaling;
import org.devopssim.simulation.model.Capacity;
import org.devopssim.simulation.model.CloudRegion;
import org.devopssim.simulation.model.ContainerCluster;
import org.devopssim.simulation.model.KafkaNode;
import org.devopssim.simulation.model.LoadBalancer;
import org.devopssim.simulation.model.MonitoringNode;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.model.PostgresNode;
import org.devopssim.simulation.model.Provider;
import org.devopssim.simulation.model.RedisNode;
import org.devopssim.simulation.model.Topology;
import org.devopssim.simulation.model.TrafficSource;

/**
 * The editable properties of a node, as the inspector shows them: each field turns the text the
 * user typed into an edited node, or says what is wrong with it (in range, unique ports per host,
 * the validator's rules). Nothing here changes the document until {@link #commit} is called with
 * a valid value; a commit is one undoable edit.
 */
public final class PropertyForm {

    /**
     * One editable property.
     *
     * @param key     a stable id for the view ("instances")
     * @param choices the allowed values for a choice, or empty for free text
     * @param parse   the node with this value; throws IllegalArgumentException with the reason
     */
    public record Field(String key, String label, String value, List<String> choices, String hint,
                        Function<String, Node> parse) {

        public boolean isChoice() {
            return !choices.isEmpty();
        }
    }

    private final Node node;
    private final Topology topology;
    private final List<Field> fields = new ArrayList<>();

    private PropertyForm(Node node, Topology topology) {
        this.node = node;
        this.topology = topology;
        build();
    }

    public static PropertyForm of(Node node, Topology topology) {
        return new PropertyForm(node, topology);
    }

    public Node node() {
        return node;
    }

    public List<Field> fields() {
        return List.copyOf(fields);
    }

    public Optional<Field> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** What is wrong with this value, or empty when it can be applied. */
    public Optional<String> error(Field field, String text) {
        try {
            Node edited = field.parse().apply(text.strip());
            if (!edited.equals(node)) {
                edit(field, text, edited).change().apply(topology);
            }
            return Optional.empty();
        } catch (IllegalArgumentException | EditRefusedException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * Applies a valid value as one edit; an invalid one changes nothing.
     *
     * @return whether the document changed
     */
    public boolean commit(TopologyDocument document, Field field, String text) {
        if (error(field, text).isPresent()) {
            return false;
        }
        Node edited = field.parse().apply(text.strip());
        if (edited.equals(node)) {
            return false;
        }
        Topology before = document.topology();
        document.execute(edit(field, text, edited));
        return document.topology() != before;
    }

    private Edit edit(Field field, String text, Node edited) {
        String shown = text.strip().length() > 24 ? text.strip().substring(0, 23) + "…" : text.strip();
        return TopologyEdits.replace("Set " + field.label().toLowerCase(Locale.ROOT) + " of '" + node.id() + "' to "
                + (shown.isEmpty() ? "none" : shown), edited);
    }

    // ---- the fields of each kind -------------------------------------------------------------

    private void build() {
        text("name", "Name", node.name(), "", s -> {
            if (s.isBlank()) {
                throw new IllegalArgumentException("a name is needed; it is what the canvas shows");
            }
            return NodeRecords.withName(node, s);
        });
        switch (node) {
            case CloudRegion r -> {
                choice("provider", "Provider", r.provider().name(), names(Provider.values()), s -> new CloudRegion(r.id(),
                        r.name(), r.parent(), r.position(), Provider.valueOf(s), r.location(), r.zones(), r.utcOffsetHours()));
                text("location", "Location", r.location(), "", s -> new CloudRegion(r.id(), r.name(), r.parent(),
                        r.position(), r.provider(), s, r.zones(), r.utcOffsetHours()));
                text("utc-offset", "UTC offset (h)", number(r.utcOffsetHours()), "-12 to +14", s -> new CloudRegion(r.id(),
                        r.name(), r.parent(), r.position(), r.provider(), r.location(), r.zones(), decimal(s, -12, 14)));
            }
            case ContainerCluster c -> {
                choice("orchestrator", "Orchestrator", c.orchestrator().name(),
                        names(ContainerCluster.Orchestrator.values()), s -> new ContainerCluster(c.id(), c.name(),
                                c.parent(), c.position(), ContainerCluster.Orchestrator.valueOf(s), c.version()));
                text("version", "Version", c.version(), "", s -> new ContainerCluster(c.id(), c.name(), c.parent(),
                        c.position(), c.orchestrator(), blankToNull(s)));
            }
            case LoadBalancer l -> {
                choice("policy", "Balancing", l.policy().name(), names(LoadBalancer.Policy.values()), s -> new LoadBalancer(
                        l.id(), l.name(), l.parent(), l.position(), l.scope(), LoadBalancer.Policy.valueOf(s), l.port(),
                        l.tls(), l.capacity()));
                text("port", "Port", l.port() == null ? "" : l.port().toString(), "1-65535, empty for none", s -> {
                    Integer port = s.isEmpty() ? null : port(s);
                    hostPortsFree(port == null ? List.of() : List.of(port));
                    return new LoadBalancer(l.id(), l.name(), l.parent(), l.position(), l.scope(), l.policy(), port,
                            l.tls(), l.capacity());
                });
                choice("tls", "TLS", l.tls() ? "yes" : "no", List.of("yes", "no"), s -> new LoadBalancer(l.id(), l.name(),
                        l.parent(), l.position(), l.scope(), l.policy(), l.port(), s.equals("yes"), l.capacity()));
            }
            case AppService a -> appService(a);
            case PostgresNode p -> {
                choice("role", "Role", p.role().name(), names(PostgresNode.Role.values()),
                        s -> NodeRecords.withRole(p, PostgresNode.Role.valueOf(s), p.applyRate()));
                text("version", "Version", p.version(), "", s -> new PostgresNode(p.id(), p.name(), p.parent(),
                        p.position(), p.role(), blankToNull(s), p.capacity(), p.applyRate(), p.backup(),
                        p.geoRedundantBackup(), p.encryptedConnections(), p.seedTestData()));
                text("apply-rate", "Apply rate (writes/s)", number(p.applyRate()), "what a replica can apply; >= 0",
                        s -> NodeRecords.withRole(p, p.role(), decimal(s, 0, Double.MAX_VALUE)));
                choice("backup", "Backup", p.backup().name(), names(PostgresNode.Backup.values()), s -> new PostgresNode(
                        p.id(), p.name(), p.parent(), p.position(), p.role(), p.version(), p.capacity(), p.applyRate(),
                        PostgresNode.Backup.valueOf(s), p.geoRedundantBackup(), p.encryptedConnections(), p.seedTestData()));
            }
            case RedisNode r -> {
                choice("purpose", "Purpose", r.purpose().name(), names(RedisNode.Purpose.values()), s -> new RedisNode(
                        r.id(), r.name(), r.parent(), r.position(), RedisNode.Purpose.valueOf(s), r.hitRatio(),
                        r.maxMemoryMb(), r.capacity()));
                text("hit-ratio", "Hit ratio (%)", number(100 * r.hitRatio()), "0-100", s -> new RedisNode(r.id(),
                        r.name(), r.parent(), r.position(), r.purpose(), decimal(s, 0, 100) / 100, r.maxMemoryMb(),
                        r.capacity()));
                text("max-memory", "Max memory (MB)", String.valueOf(r.maxMemoryMb()), "> 0", s -> new RedisNode(r.id(),
                        r.name(), r.parent(), r.position(), r.purpose(), r.hitRatio(), integer(s, 1, Integer.MAX_VALUE),
                        r.capacity()));
            }
            case KafkaNode k -> {
                text("brokers", "Brokers", String.valueOf(k.brokers()), ">= 1", s -> new KafkaNode(k.id(), k.name(),
                        k.parent(), k.position(), integer(s, 1, 1000), k.partitions(), k.consumerRate(), k.capacity()));
                text("partitions", "Partitions", String.valueOf(k.partitions()), ">= 1", s -> new KafkaNode(k.id(),
                        k.name(), k.parent(), k.position(), k.brokers(), integer(s, 1, 100_000), k.consumerRate(),
                        k.capacity()));
                text("consumer-rate", "Consumer rate (msg/s)", number(k.consumerRate()), ">= 0", s -> new KafkaNode(k.id(),
                        k.name(), k.parent(), k.position(), k.brokers(), k.partitions(), decimal(s, 0, Double.MAX_VALUE),
                        k.capacity()));
            }
            case AuthService a -> {
                text("method", "Method", a.method(), "", s -> new AuthService(a.id(), a.name(), a.parent(),
                        a.position(), blankToNull(s), a.providers(), a.beta(), a.capacity()));
                text("providers", "Identity providers", a.providers() == null ? "" : String.join(", ", a.providers()),
                        "comma-separated", s -> new AuthService(a.id(), a.name(), a.parent(), a.position(), a.method(),
                                list(s), a.beta(), a.capacity()));
            }
            case MonitoringNode m -> {
                choice("tool", "Tool", m.tool().name(), names(MonitoringNode.Tool.values()), s -> new MonitoringNode(m.id(),
                        m.name(), m.parent(), m.position(), MonitoringNode.Tool.valueOf(s), m.metrics(), m.alertChannel(),
                        m.optional(), m.capacity()));
                choice("alerts", "Alerts", m.alertChannel().name(), names(MonitoringNode.AlertChannel.values()),
                        s -> new MonitoringNode(m.id(), m.name(), m.parent(), m.position(), m.tool(), m.metrics(),
                                MonitoringNode.AlertChannel.valueOf(s), m.optional(), m.capacity()));
            }
            case TrafficSource t -> text("peak-rps", "Peak rate (req/s)", number(t.peakRps()), ">= 0",
                    s -> new TrafficSource(t.id(), t.name(), t.parent(), t.position(), decimal(s, 0, 10_000_000), t.trace()));
        }
        capacity();
    }

    private void appService(AppService a) {
        text("technology", "Technology", a.technology(), "", s -> new AppService(a.id(), a.name(), a.parent(),
                a.position(), blankToNull(s), a.ports(), a.debugPort(), a.hotReload(), a.capacity(), a.autoscaling(),
                a.features()));
        text("ports", "Ports", a.ports() == null ? "" : String.join(", ", a.ports().stream().map(String::valueOf).toList()),
                "comma-separated, 1-65535", s -> {
                    List<Integer> ports = new ArrayList<>();
                    for (String part : list(s)) {
                        int p = port(part);
                        if (ports.contains(p)) {
                            throw new IllegalArgumentException("port " + p + " is listed twice");
                        }
                        ports.add(p);
                    }
                    if (a.debugPort() != null && ports.contains(a.debugPort())) {
                        throw new IllegalArgumentException("port " + a.debugPort() + " is the debug port of this node");
                    }
                    hostPortsFree(ports);
                    return new AppService(a.id(), a.name(), a.parent(), a.position(), a.technology(), ports, a.debugPort(),
                            a.hotReload(), a.capacity(), a.autoscaling(), a.features());
                });
        text("debug-port", "Debug port", a.debugPort() == null ? "" : a.debugPort().toString(), "empty for none", s -> {
            Integer debug = s.isEmpty() ? null : port(s);
            if (debug != null && a.ports() != null && a.ports().contains(debug)) {
                throw new IllegalArgumentException("port " + debug + " is already a service port of this node");
            }
            hostPortsFree(debug == null ? List.of() : List.of(debug));
            return new AppService(a.id(), a.name(), a.parent(), a.position(), a.technology(), a.ports(), debug,
                    a.hotReload(), a.capacity(), a.autoscaling(), a.features());
        });
        Autoscaling as = a.autoscaling();
        Autoscaling.Policy policy = as == null ? Autoscaling.Policy.MANUAL : as.policy();
        List<String> policies = new ArrayList<>(List.of("MANUAL", "REACTIVE", "PREDICTIVE"));
        if (policy == Autoscaling.Policy.SCHEDULED) {
            policies.add("SCHEDULED"); // Kept selectable only where a schedule exists.
        }
        choice("scaling", "Autoscaling", policy.name(), policies, s -> {
            Autoscaling.Policy chosen = Autoscaling.Policy.valueOf(s);
            int instances = a.capacity() == null ? 1 : Math.max(1, a.capacity().instances());
            Autoscaling next = as == null
                    ? new Autoscaling(chosen, Math.min(2, instances), Math.max(10, instances * 3), 0.6)
                    : new Autoscaling(chosen, as.minInstances(), as.maxInstances(), as.targetUtilization(), as.schedule(),
                    as.scaleUpWindowSeconds(), as.scaleDownWindowSeconds(), as.cooldownSeconds());
            return withAutoscaling(a, next);
        });
        if (as != null && policy != Autoscaling.Policy.MANUAL) {
            text("min-instances", "Min instances", String.valueOf(as.minInstances()), ">= 1", s -> withAutoscaling(a,
                    scaled(as, integer(s, 1, 10_000), as.maxInstances(), as.targetUtilization())));
            text("max-instances", "Max instances", String.valueOf(as.maxInstances()), ">= min", s -> {
                int max = integer(s, 1, 10_000);
                if (max < as.minInstances()) {
                    throw new IllegalArgumentException("expected at least the minimum, " + as.minInstances());
                }
                return withAutoscaling(a, scaled(as, as.minInstances(), max, as.targetUtilization()));
            });
            text("target", "Target utilisation (%)", number(100 * as.targetUtilization()), "1-100", s -> withAutoscaling(a,
                    scaled(as, as.minInstances(), as.maxInstances(), decimal(s, 1, 100) / 100)));
        }
    }

    private static Autoscaling scaled(Autoscaling as, int min, int max, double target) {
        return new Autoscaling(as.policy(), min, max, target, as.schedule(), as.scaleUpWindowSeconds(),
                as.scaleDownWindowSeconds(), as.cooldownSeconds());
    }

    private static AppService withAutoscaling(AppService a, Autoscaling as) {
        return new AppService(a.id(), a.name(), a.parent(), a.position(), a.technology(), a.ports(), a.debugPort(),
                a.hotReload(), a.capacity(), as, a.features());
    }

    private void capacity() {
        Capacity c = node.capacity();
        if (c == null) {
            return;
        }
        text("instances", "Instances", String.valueOf(c.instances()), ">= 1", s -> NodeRecords.withCapacity(node,
                new Capacity(integer(s, 1, 10_000), c.instanceSize(), c.perInstanceRps(), c.baseLatencyMs(), c.bootTimeSeconds())));
        text("instance-size", "Instance size", c.instanceSize(), "e.g. m5.large", s -> {
            if (s.isBlank()) {
                throw new IllegalArgumentException("expected an instance size such as m5.large (it sets the cost)");
            }
            return NodeRecords.withCapacity(node, new Capacity(c.instances(), s, c.perInstanceRps(), c.baseLatencyMs(),
                    c.bootTimeSeconds()));
        });
        text("capacity", "Capacity per instance (req/s)", number(c.perInstanceRps()), "> 0", s ->
                NodeRecords.withCapacity(node, new Capacity(c.instances(), c.instanceSize(), positive(s), c.baseLatencyMs(),
                        c.bootTimeSeconds())));
        text("latency", "Base latency (ms)", number(c.baseLatencyMs()), "> 0", s -> NodeRecords.withCapacity(node,
                new Capacity(c.instances(), c.instanceSize(), c.perInstanceRps(), positive(s), c.bootTimeSeconds())));
        text("boot-time", "Boot time (s)", String.valueOf(c.bootTimeSeconds()), ">= 0", s -> NodeRecords.withCapacity(node,
                new Capacity(c.instances(), c.instanceSize(), c.perInstanceRps(), c.baseLatencyMs(), integer(s, 0, 86_400))));
    }

    /**
     * Ports are unique per host: within a node (the caller checks) and, for the services of a
     * Docker Compose host (one machine), across that host. Kubernetes pods each have their own address.
     */
    private void hostPortsFree(List<Integer> ports) {
        if (node.parent() == null || !(topology.node(node.parent()).orElse(null) instanceof ContainerCluster c)
                || c.orchestrator() != ContainerCluster.Orchestrator.DOCKER_COMPOSE) {
            return;
        }
        for (Node other : topology.nodes()) {
            if (other.id().equals(node.id()) || !node.parent().equals(other.parent())) {
                continue;
            }
            Set<Integer> used = new HashSet<>();
            switch (other) {
                case AppService a -> {
                    if (a.ports() != null) {
                        used.addAll(a.ports());
                    }
                    if (a.debugPort() != null) {
                        used.add(a.debugPort());
                    }
                }
                case LoadBalancer l -> {
                    if (l.port() != null) {
                        used.add(l.port());
                    }
                }
                default -> {
                }
            }
            for (int p : ports) {
                if (used.contains(p)) {
                    throw new IllegalArgumentException("port " + p + " is already used by '" + other.id()
                            + "' on the same Docker Compose host");
                }
            }
        }
    }

    private void text(String key, String label, String value, String hint, Function<String, Node> parse) {
        fields.add(new Field(key, label, value == null ? "" : value, List.of(), hint, parse));
    }

    private void choice(String key, String label, String value, List<String> choices, Function<String, Node> parse) {
        fields.add(new Field(key, label, value, choices, "", s -> {
            if (!choices.contains(s)) {
                throw new IllegalArgumentException("expected one of " + String.join(", ", choices));
            }
            return parse.apply(s);
        }));
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s;
    }

    private static List<String> list(String s) {
        return Arrays.stream(s.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /** 8080 rather than 8080.0; 0.6 as it is. */
    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static int port(String s) {
        int p;
        try {
            p = Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s + "' is not a port number; expected 1-65535");
        }
        if (p < 1 || p > 65535) {
            throw new IllegalArgumentException("port " + p + " is out of range; expected 1-65535");
        }
        return p;
    }

    private static int integer(String s, int min, int max) {
        int v;
        try {
            v = Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s + "' is not a whole number");
        }
        if (v < min || v > max) {
            throw new IllegalArgumentException(v < min ? "expected at least " + min + ", got " + v
                    : "expected at most " + max + ", got " + v);
        }
        return v;
    }

    private static double decimal(String s, double min, double max) {
        double v;
        try {
            v = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s + "' is not a number");
        }
        if (!(v >= min && v <= max)) {
            throw new IllegalArgumentException(v < min ? "expected at least " + number(min) + ", got " + s
                    : "expected at most " + number(max) + ", got " + s);
        }
        return v;
    }

    private static double positive(String s) {
        double v = decimal(s, -Double.MAX_VALUE, Double.MAX_VALUE);
        if (!(v > 0)) {
            throw new IllegalArgumentException("expected a number above 0, got " + s);
        }
        return v;
    }
}
