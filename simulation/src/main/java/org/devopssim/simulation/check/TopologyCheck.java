package org.devopssim.simulation.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.devopssim.simulation.check.Warning.Level;
import org.devopssim.simulation.codec.TopologyFileException.Problem;
import org.devopssim.simulation.codec.TopologyValidator;
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
import org.devopssim.simulation.model.NodeKind;
import org.devopssim.simulation.model.PostgresNode;
import org.devopssim.simulation.model.RedisNode;
import org.devopssim.simulation.model.Topology;
import org.devopssim.simulation.model.TrafficSource;

/**
 * Checks a topology's design: first the validator's errors (the run cannot start with them),
 * then warnings about risks. Findings come in the topology's node order, errors first.
 */
public final class TopologyCheck {

    private static final Pattern NODE_PATH = Pattern.compile("^\\$\\.nodes\\[(\\d+)]");
    private static final Pattern LINK_PATH = Pattern.compile("^\\$\\.links\\[(\\d+)]");

    private final Topology topology;
    private final Map<String, Node> byId = new HashMap<>();
    private final List<Warning> found = new ArrayList<>();
    /** Links by their ends, built once: the checks walk them per node. */
    private final Map<String, List<Link>> from = new HashMap<>();
    private final Map<String, List<Link>> to = new HashMap<>();

    private TopologyCheck(Topology topology) {
        this.topology = topology;
        for (Node n : topology.nodes()) {
            if (n != null && n.id() != null) {
                byId.putIfAbsent(n.id(), n);
            }
        }
        for (Link l : topology.links()) {
            if (l != null) {
                from.computeIfAbsent(l.from(), k -> new ArrayList<>()).add(l);
                to.computeIfAbsent(l.to(), k -> new ArrayList<>()).add(l);
            }
        }
    }

    public static List<Warning> check(Topology topology) {
        TopologyCheck c = new TopologyCheck(topology);
        c.errors();
        boolean valid = c.found.isEmpty();
        c.wholeTopology();
        if (valid) {
            // The per-node checks walk links and parents, which only make sense on a valid topology.
            for (Node n : topology.nodes()) {
                c.node(n);
            }
            c.unreachable();
        }
        return List.copyOf(c.found);
    }

    private void errors() {
        for (Problem p : new TopologyValidator(topology).problems()) {
            found.add(new Warning(Level.ERROR, "invalid", nodeOf(p.path()), p.path() + ": " + p.message()));
        }
    }

    /** The node a validator path is about: the node itself, or the source of a link. */
    private String nodeOf(String path) {
        Matcher m = NODE_PATH.matcher(path);
        if (m.find()) {
            Node n = topology.nodes().get(Integer.parseInt(m.group(1)));
            return n == null ? null : n.id();
        }
        m = LINK_PATH.matcher(path);
        if (m.find()) {
            Link l = topology.links().get(Integer.parseInt(m.group(1)));
            return l == null || !byId.containsKey(l.from()) ? null : l.from();
        }
        return null;
    }

    private void wholeTopology() {
        if (topology.nodes().stream().noneMatch(n -> n instanceof TrafficSource)) {
            warn("no-traffic-source", null, "No traffic source: nothing sends requests, so the run shows an idle system."
                    + " Add a traffic source and link it to a load balancer or a service.");
        }
        if (topology.nodes().stream().noneMatch(n -> n instanceof MonitoringNode)) {
            warn("no-monitoring", null, "No monitoring: nobody would see an outage until users complain."
                    + " Add Prometheus (and Grafana) and let it scrape the serving nodes.");
        }
    }

    private void node(Node n) {
        switch (n) {
            case AppService a -> {
                if (!reachesData(a.id(), new HashSet<>())) {
                    warn("service-without-database", a.id(), name(a) + " has no database: it reaches no PostgreSQL,"
                            + " Redis or Kafka, directly or through the services it calls. Link it to PostgreSQL (sql).");
                }
                singleInstance(a, a.autoscaling());
            }
            case AuthService a -> singleInstance(a, null);
            case LoadBalancer lb -> {
                if (out(lb.id(), LinkType.HTTP).isEmpty()) {
                    warn("balancer-without-targets", lb.id(), name(lb) + " has no targets: the requests it receives"
                            + " go nowhere. Link it to the services it balances (http).");
                }
                singleInstance(lb, null);
            }
            case PostgresNode p -> postgres(p);
            case RedisNode r -> singleInstance(r, null);
            case KafkaNode k -> {
                if (k.brokers() < 2) {
                    warn("single-point-of-failure", k.id(), name(k) + " is a single point of failure: one broker,"
                            + " so a broker failure stops every producer and consumer. Run at least 3 brokers.");
                }
            }
            case TrafficSource t -> {
                if (t.peakRps() > 0 && linksFrom(t.id()).isEmpty()) {
                    warn("traffic-goes-nowhere", t.id(), name(t) + " sends its requests nowhere: link it to a load"
                            + " balancer or a service (http).");
                }
            }
            default -> {
            }
        }
    }

    private void postgres(PostgresNode p) {
        switch (p.role()) {
            case REPLICA -> {
                boolean fed = linksTo(p.id()).stream().anyMatch(l -> l.type() == LinkType.REPLICATION
                        && byId.get(l.from()) instanceof PostgresNode from && from.role().acceptsWrites());
                if (!fed) {
                    warn("replica-without-primary", p.id(), name(p) + " is a replica without a primary: nothing"
                            + " replicates to it, so its data goes stale. Link a primary to it (replication).");
                }
            }
            case SINGLE, PRIMARY -> {
                boolean replicated = out(p.id(), LinkType.REPLICATION).stream()
                        .anyMatch(l -> byId.get(l.to()) instanceof PostgresNode);
                if (!replicated) {
                    warn("single-point-of-failure", p.id(), name(p) + " is a single point of failure: the only copy"
                            + " of the data, with no replica to fail over to. Add a replica and link it (replication).");
                }
            }
            case MULTI_MASTER -> {
                // Members replicate to each other; one alone is checked like a single server.
                boolean peered = linksFrom(p.id()).stream().anyMatch(l -> l.type() == LinkType.REPLICATION)
                        || linksTo(p.id()).stream().anyMatch(l -> l.type() == LinkType.REPLICATION);
                if (!peered) {
                    warn("single-point-of-failure", p.id(), name(p) + " is a multi-master member with no peer:"
                            + " a single point of failure. Link it to another member (replication).");
                }
            }
        }
    }

    /** One instance (and no autoscaler that keeps two) of a node that requests go through. */
    private void singleInstance(Node n, Autoscaling autoscaling) {
        Capacity c = n.capacity();
        if (c == null || c.instances() >= 2) {
            return;
        }
        boolean autoscaledToTwo = autoscaling != null && autoscaling.policy() != Autoscaling.Policy.MANUAL
                && autoscaling.minInstances() >= 2;
        if (!autoscaledToTwo) {
            warn("single-point-of-failure", n.id(), name(n) + " is a single point of failure: " + c.instances()
                    + " instance, so one crash takes it down. Run 2 or more instances (or autoscale with a minimum of 2).");
        }
    }

    /** Whether a service uses a data store, itself or through services it calls (cycles cannot occur when valid). */
    private boolean reachesData(String id, Set<String> seen) {
        if (!seen.add(id)) {
            return false;
        }
        for (Link l : linksFrom(id)) {
            Node to = byId.get(l.to());
            if (to instanceof PostgresNode || to instanceof RedisNode || to instanceof KafkaNode) {
                return true;
            }
            if (l.type() == LinkType.HTTP && (to instanceof AppService || to instanceof AuthService
                    || to instanceof LoadBalancer) && reachesData(to.id(), seen)) {
                return true;
            }
        }
        return false;
    }

    /** Serving nodes no request reaches from any traffic source. */
    private void unreachable() {
        List<String> sources = topology.nodes().stream().filter(n -> n instanceof TrafficSource).map(Node::id).toList();
        if (sources.isEmpty()) {
            return; // "no traffic source" says it already.
        }
        Set<String> reached = new HashSet<>(sources);
        Deque<String> todo = new ArrayDeque<>(sources);
        while (!todo.isEmpty()) {
            for (Link l : linksFrom(todo.pop())) {
                if ((l.type().carriesRequests() || l.type() == LinkType.REPLICATION) && reached.add(l.to())) {
                    todo.push(l.to());
                }
            }
        }
        for (Node n : topology.nodes()) {
            boolean serving = !(n.isContainer() || n instanceof TrafficSource || n instanceof MonitoringNode);
            if (serving && !reached.contains(n.id())) {
                warn("unreachable", n.id(), name(n) + " is unreachable: no request from a traffic source gets to it,"
                        + " so it only costs money. Link something that receives traffic to it.");
            }
        }
    }

    private List<Link> linksFrom(String id) {
        return from.getOrDefault(id, List.of());
    }

    private List<Link> linksTo(String id) {
        return to.getOrDefault(id, List.of());
    }

    private List<Link> out(String id, LinkType type) {
        return linksFrom(id).stream().filter(l -> l.type() == type).toList();
    }

    private void warn(String code, String nodeId, String message) {
        found.add(new Warning(Level.WARNING, code, nodeId, message));
    }

    /** "API (api)" or, for a node without a name, its id; with the kind when the name hides it. */
    private static String name(Node n) {
        String kind = NodeKind.of(n).label();
        String shown = n.displayName();
        return shown.equals(n.id()) ? kind + " '" + n.id() + "'" : "'" + shown + "' (" + n.id() + ")";
    }
}
