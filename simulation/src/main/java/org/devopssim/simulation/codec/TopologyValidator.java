package org.devopssim.simulation.codec;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.devopssim.simulation.codec.TopologyFileException.Problem;
import org.devopssim.simulation.model.AppService;
import org.devopssim.simulation.model.AuthService;
import org.devopssim.simulation.model.Autoscaling;
import org.devopssim.simulation.model.Capacity;
import org.devopssim.simulation.model.KafkaNode;
import org.devopssim.simulation.model.Link;
import org.devopssim.simulation.model.LinkType;
import org.devopssim.simulation.model.LoadBalancer;
import org.devopssim.simulation.model.MonitoringNode;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.model.PipelineStage;
import org.devopssim.simulation.model.NodeKind;
import org.devopssim.simulation.model.PostgresNode;
import org.devopssim.simulation.model.RedisNode;
import org.devopssim.simulation.model.Topology;
import org.devopssim.simulation.model.TrafficSource;
import org.devopssim.simulation.model.Workload;

/** Everything a well-formed topology file must also satisfy to be simulated. */
public final class TopologyValidator {

    private final Topology topology;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Node> byId = new HashMap<>();

    public TopologyValidator(Topology topology) {
        this.topology = topology;
    }

    public List<Problem> problems() {
        if (topology.mode() == null) {
            add("$.mode", "expected a mode: production, development or experimental");
        }
        checkWorkload(topology.workload());
        if (topology.delivery() != null) {
            Integer surge = topology.delivery().maxSurgePercent();
            Integer unavailable = topology.delivery().maxUnavailablePercent();
            if (surge != null && (surge < 0 || surge > 100)) {
                add("$.delivery.maxSurgePercent", "expected a percentage from 0 to 100, got " + surge);
            }
            if (unavailable != null && (unavailable < 0 || unavailable > 100)) {
                add("$.delivery.maxUnavailablePercent", "expected a percentage from 0 to 100, got " + unavailable);
            }
            checkPipeline(topology.delivery().pipeline());
        }
        for (int i = 0; i < topology.nodes().size(); i++) {
            Node n = topology.nodes().get(i);
            String at = "$.nodes[" + i + "]";
            if (n == null) {
                add(at, "expected a node object, got null");
                continue;
            }
            if (n.id() == null || n.id().isBlank()) {
                add(at + ".id", "expected a non-empty id");
            } else if (byId.putIfAbsent(n.id(), n) != null) {
                add(at + ".id", "the id '" + n.id() + "' is used by another node; ids must be unique");
            }
        }
        for (int i = 0; i < topology.nodes().size(); i++) {
            Node n = topology.nodes().get(i);
            if (n != null) {
                checkNode(n, "$.nodes[" + i + "]");
            }
        }
        checkLinks();
        return problems;
    }

    /** Longest a stage may take: a day (a stage longer than any run would never finish). */
    public static final int MAX_STAGE_SECONDS = 86_400;

    /**
     * A pipeline the engine can run: known stages with sensible durations, one production deploy
     * at most, and only of something built. Null or empty means the mode's usual pipeline.
     */
    private void checkPipeline(List<PipelineStage> pipeline) {
        if (pipeline == null) {
            return;
        }
        boolean built = false;
        boolean promoted = false;
        for (int i = 0; i < pipeline.size(); i++) {
            PipelineStage s = pipeline.get(i);
            String at = "$.delivery.pipeline[" + i + "]";
            if (s == null || s.kind() == null) {
                add(at + ".kind", "expected a stage kind: build, unit-tests, integration-tests, image-build, "
                        + "security-scan, deploy-development, approval or deploy-production");
                continue;
            }
            if (s.durationSeconds() < 0 || s.durationSeconds() > MAX_STAGE_SECONDS) {
                add(at + ".durationSeconds", "expected a duration from 0 to " + MAX_STAGE_SECONDS + " seconds, got "
                        + s.durationSeconds());
            }
            switch (s.kind()) {
                case BUILD -> built = true;
                case DEPLOY_PRODUCTION -> {
                    if (promoted) {
                        add(at + ".kind", "the pipeline already promotes to production; one production deploy per run");
                    } else if (!built) {
                        add(at + ".kind", "a production deploy needs a build stage before it");
                    }
                    promoted = true;
                }
                default -> { }
            }
        }
    }

    private void add(String path, String message) {
        problems.add(new Problem(path, 0, message));
    }

    private void checkWorkload(Workload w) {
        if (w == null) {
            return;
        }
        String at = "$.workload";
        try {
            Instant.parse(String.valueOf(w.start()));
        } catch (DateTimeParseException e) {
            add(at + ".start", "expected an ISO-8601 UTC time like 2026-03-02T00:00:00Z, got '" + w.start() + "'");
        }
        fraction(at + ".dailyAmplitude", w.dailyAmplitude());
        fraction(at + ".noise", w.noise());
        fraction(at + ".readRatio", w.readRatio());
        fraction(at + ".authShare", w.authShare());
        fraction(at + ".eventShare", w.eventShare());
        if (w.weekendFactor() < 0) {
            add(at + ".weekendFactor", "expected a number >= 0, got " + w.weekendFactor());
        }
        if (!(w.timeoutSeconds() > 0)) {
            add(at + ".timeoutSeconds", "expected a number > 0, got " + w.timeoutSeconds());
        }
    }

    private void fraction(String path, double v) {
        if (!(v >= 0 && v <= 1)) {
            add(path, "expected a number from 0 to 1, got " + v);
        }
    }

    private void checkNode(Node n, String at) {
        if (n.parent() != null) {
            Node parent = byId.get(n.parent());
            if (parent == null) {
                add(at + ".parent", "no node has the id '" + n.parent() + "'");
            } else if (!parent.isContainer()) {
                add(at + ".parent", "'" + n.parent() + "' is a " + NodeKind.of(parent).wireName()
                        + "; a parent must be a region or a cluster");
            } else if (insideItself(n)) {
                add(at + ".parent", "'" + n.id() + "' is inside itself through its parents");
            }
        }
        Capacity c = n.capacity();
        boolean needsCapacity = !(n.isContainer() || n instanceof TrafficSource);
        if (needsCapacity && c == null) {
            add(at + ".capacity", "expected a capacity (instances, instanceSize, perInstanceRps, baseLatencyMs, bootTimeSeconds)");
        } else if (c != null) {
            String cp = at + ".capacity";
            if (c.instances() < 0) {
                add(cp + ".instances", "expected a number >= 0, got " + c.instances());
            }
            if (!(c.perInstanceRps() > 0)) {
                add(cp + ".perInstanceRps", "expected a number > 0, got " + c.perInstanceRps());
            }
            if (!(c.baseLatencyMs() > 0)) {
                add(cp + ".baseLatencyMs", "expected a number > 0, got " + c.baseLatencyMs());
            }
            if (c.bootTimeSeconds() < 0) {
                add(cp + ".bootTimeSeconds", "expected a number >= 0, got " + c.bootTimeSeconds());
            }
            if (c.instanceSize() == null || c.instanceSize().isBlank()) {
                add(cp + ".instanceSize", "expected an instance size such as m5.large");
            }
        }
        switch (n) {
            case AppService a -> {
                checkPorts(at, a.ports(), a.debugPort());
                checkAutoscaling(at + ".autoscaling", a.autoscaling());
            }
            case LoadBalancer lb -> {
                if (lb.scope() == null) {
                    add(at + ".scope", "expected regional-l7 or global-anycast");
                }
                if (lb.policy() == null) {
                    add(at + ".policy", "expected round-robin, least-connections or weighted");
                }
                if (lb.port() != null) {
                    port(at + ".port", lb.port());
                }
            }
            case PostgresNode p -> {
                if (p.role() == null) {
                    add(at + ".role", "expected single, primary, replica or multi-master");
                }
                if (p.applyRate() < 0) {
                    add(at + ".applyRate", "expected a number >= 0, got " + p.applyRate());
                }
                if (p.backup() == null) {
                    add(at + ".backup", "expected none, manual, daily or continuous");
                }
            }
            case RedisNode r -> {
                fraction(at + ".hitRatio", r.hitRatio());
                if (r.purpose() == null) {
                    add(at + ".purpose", "expected cache, session-store or cache-and-sessions");
                }
                if (r.queryCache() != null && r.queryCache().problem() != null) {
                    add(at + ".queryCache", r.queryCache().problem());
                }
            }
            case KafkaNode k -> {
                if (k.consumerRate() < 0) {
                    add(at + ".consumerRate", "expected a number >= 0, got " + k.consumerRate());
                }
            }
            case MonitoringNode m -> {
                if (m.tool() == null) {
                    add(at + ".tool", "expected prometheus, grafana, thanos, elk or console-logs");
                }
            }
            case TrafficSource t -> {
                if (!(t.peakRps() >= 0)) {
                    add(at + ".peakRps", "expected a number >= 0, got " + t.peakRps());
                }
            }
            default -> {
            }
        }
    }

    private boolean insideItself(Node n) {
        Set<String> seen = new HashSet<>();
        Node cur = n;
        while (cur != null && cur.parent() != null) {
            if (!seen.add(cur.id())) {
                return true;
            }
            cur = byId.get(cur.parent());
        }
        return false;
    }

    private void checkPorts(String at, List<Integer> ports, Integer debugPort) {
        Set<Integer> seen = new HashSet<>();
        if (ports != null) {
            for (int i = 0; i < ports.size(); i++) {
                Integer p = ports.get(i);
                if (p == null) {
                    add(at + ".ports[" + i + "]", "expected a port number from 1 to 65535");
                    continue;
                }
                port(at + ".ports[" + i + "]", p);
                if (!seen.add(p)) {
                    add(at + ".ports[" + i + "]", "port " + p + " is listed twice on this node");
                }
            }
        }
        if (debugPort != null) {
            port(at + ".debugPort", debugPort);
            if (seen.contains(debugPort)) {
                add(at + ".debugPort", "port " + debugPort + " is already a service port of this node");
            }
        }
    }

    private void nonNegative(String path, Integer value) {
        if (value != null && value < 0) {
            add(path, "expected a number >= 0, got " + value);
        }
    }

    private void port(String path, int p) {
        if (p < 1 || p > 65535) {
            add(path, "expected a port number from 1 to 65535, got " + p);
        }
    }

    private void checkAutoscaling(String at, Autoscaling a) {
        if (a == null) {
            return;
        }
        if (a.policy() == null) {
            add(at + ".policy", "expected manual, reactive, scheduled or predictive");
        }
        if (a.minInstances() < 1) {
            add(at + ".minInstances", "expected a number >= 1, got " + a.minInstances());
        }
        if (a.maxInstances() < a.minInstances()) {
            add(at + ".maxInstances", "expected a number >= minInstances (" + a.minInstances() + "), got " + a.maxInstances());
        }
        if (!(a.targetUtilization() > 0 && a.targetUtilization() <= 1)) {
            add(at + ".targetUtilization", "expected a number above 0 and at most 1, got " + a.targetUtilization());
        }
        nonNegative(at + ".scaleUpWindowSeconds", a.scaleUpWindowSeconds());
        nonNegative(at + ".scaleDownWindowSeconds", a.scaleDownWindowSeconds());
        nonNegative(at + ".cooldownSeconds", a.cooldownSeconds());
        int previousHour = -1;
        for (int i = 0; i < a.schedule().size(); i++) {
            Autoscaling.ScheduledCount c = a.schedule().get(i);
            if (c.fromHour() < 0 || c.fromHour() > 23 || c.fromHour() <= previousHour) {
                add(at + ".schedule[" + i + "].fromHour", "expected hours from 0 to 23 in increasing order, got " + c.fromHour());
            }
            if (c.instances() < 0) {
                add(at + ".schedule[" + i + "].instances", "expected a number >= 0, got " + c.instances());
            }
            previousHour = c.fromHour();
        }
        if (a.policy() == Autoscaling.Policy.SCHEDULED && a.schedule().isEmpty()) {
            add(at + ".schedule", "the scheduled policy needs a schedule of {fromHour, instances}");
        }
    }

    private void checkLinks() {
        Map<String, List<String>> requestEdges = new java.util.LinkedHashMap<>();
        for (int i = 0; i < topology.links().size(); i++) {
            Link l = topology.links().get(i);
            String at = "$.links[" + i + "]";
            if (l == null) {
                add(at, "expected a link object, got null");
                continue;
            }
            Node from = byId.get(l.from());
            Node to = byId.get(l.to());
            if (from == null) {
                add(at + ".from", "no node has the id '" + l.from() + "' (dangling link)");
            }
            if (to == null) {
                add(at + ".to", "no node has the id '" + l.to() + "' (dangling link)");
            }
            if (l.type() == null) {
                add(at + ".type", "expected a link type: http, sql, sql-read, cache, event-stream, replication, metrics-scrape");
            }
            if (l.weight() != null && !(l.weight() >= 0)) {
                add(at + ".weight", "expected a number >= 0, got " + l.weight());
            }
            if (from == null || to == null || l.type() == null) {
                continue;
            }
            if (from == to) {
                add(at, "a link from '" + l.from() + "' to itself");
                continue;
            }
            String refusal = LinkRules.refusal(from, to, l.type());
            if (refusal != null) {
                add(at + ".type", refusal);
            }
            if (l.type().carriesRequests()) {
                requestEdges.computeIfAbsent(l.from(), k -> new ArrayList<>()).add(l.to());
            }
        }
        String cycle = findCycle(requestEdges);
        if (cycle != null) {
            add("$.links", "request links form a cycle: " + cycle + "; requests must flow one way");
        }
    }

    private static String findCycle(Map<String, List<String>> edges) {
        Map<String, Integer> color = new HashMap<>();
        for (String start : edges.keySet()) {
            if (color.getOrDefault(start, 0) != 0) {
                continue;
            }
            ArrayDeque<String> path = new ArrayDeque<>();
            String found = visit(start, edges, color, path);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String visit(String node, Map<String, List<String>> edges, Map<String, Integer> color,
                                ArrayDeque<String> path) {
        color.put(node, 1);
        path.addLast(node);
        for (String next : edges.getOrDefault(node, List.of())) {
            int c = color.getOrDefault(next, 0);
            if (c == 1) {
                List<String> loop = new ArrayList<>(path);
                loop = loop.subList(loop.indexOf(next), loop.size());
                return String.join(" -> ", loop) + " -> " + next;
            }
            if (c == 0) {
                String found = visit(next, edges, color, path);
                if (found != null) {
                    return found;
                }
            }
        }
        path.removeLast();
        color.put(node, 2);
        return null;
    }

    /** Kinds that may be joined by each link type. Public so the editor can explain a refusal. */
    public static final class LinkRules {

        private LinkRules() {
        }

        /** Why a link of this type may not join these nodes, or null when it may. */
        public static String refusal(Node from, Node to, LinkType type) {
            if (from.isContainer() || to.isContainer()) {
                return "regions and clusters contain nodes; they are not linked";
            }
            boolean ok = switch (type) {
                case HTTP -> (from instanceof TrafficSource || from instanceof LoadBalancer || from instanceof AppService
                        || from instanceof AuthService || from instanceof MonitoringNode)
                        && (to instanceof LoadBalancer || to instanceof AppService || to instanceof AuthService
                        || to instanceof MonitoringNode);
                case SQL, SQL_READ -> (from instanceof AppService || from instanceof AuthService) && to instanceof PostgresNode;
                case CACHE -> (from instanceof AppService || from instanceof AuthService) && to instanceof RedisNode;
                case EVENT_STREAM -> (from instanceof AppService && to instanceof KafkaNode)
                        || (from instanceof KafkaNode && to instanceof AppService);
                case REPLICATION -> from instanceof PostgresNode && to instanceof PostgresNode;
                case METRICS_SCRAPE -> from instanceof MonitoringNode;
            };
            if (ok) {
                return null;
            }
            return "a " + wire(type) + " link cannot go from a " + NodeKind.of(from).wireName() + " ('" + from.id()
                    + "') to a " + NodeKind.of(to).wireName() + " ('" + to.id() + "'); " + expectation(type);
        }

        private static String wire(LinkType type) {
            return type.name().toLowerCase().replace('_', '-');
        }

        private static String expectation(LinkType type) {
            return switch (type) {
                case HTTP -> "HTTP goes from a traffic source, balancer, service or monitoring node to a balancer, service, auth service or monitoring node";
                case SQL, SQL_READ -> "SQL goes from a service to PostgreSQL";
                case CACHE -> "cache links go from a service to Redis";
                case EVENT_STREAM -> "event streams go from a service to Kafka or from Kafka to a consuming service";
                case REPLICATION -> "replication joins two PostgreSQL servers";
                case METRICS_SCRAPE -> "scrapes start at a monitoring node";
            };
        }
    }
}
