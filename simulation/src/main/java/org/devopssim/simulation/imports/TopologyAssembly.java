package org.devopssim.simulation.imports;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.devopssim.simulation.codec.TopologyValidator;
import org.devopssim.simulation.layout.LayeredLayout;
import org.devopssim.simulation.model.AppService;
import org.devopssim.simulation.model.AuthService;
import org.devopssim.simulation.model.Capacity;
import org.devopssim.simulation.model.CloudRegion;
import org.devopssim.simulation.model.ContainerCluster;
import org.devopssim.simulation.model.Delivery;
import org.devopssim.simulation.model.KafkaNode;
import org.devopssim.simulation.model.Link;
import org.devopssim.simulation.model.LinkType;
import org.devopssim.simulation.model.LoadBalancer;
import org.devopssim.simulation.model.Mode;
import org.devopssim.simulation.model.MonitoringNode;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.model.PostgresNode;
import org.devopssim.simulation.model.Provider;
import org.devopssim.simulation.model.RedisNode;
import org.devopssim.simulation.model.Topology;
import org.devopssim.simulation.model.TrafficSource;
import org.devopssim.simulation.model.Workload;

/**
 * Turns imported {@link Component}s and their dependencies into a topology that the validator
 * accepts and the engine runs: one region holding one cluster, a node per component with a
 * default capacity for its kind, links inferred from the kinds at both ends (refused or
 * cycle-making ones are reported, not written), a traffic source in front of the entry points,
 * and a layered layout.
 */
public final class TopologyAssembly {

    /** Where the imported system runs. */
    public record Placement(Provider provider, String regionName, String location,
                            ContainerCluster.Orchestrator orchestrator, String clusterName) {
    }

    private record Dependency(String from, String to, Origin origin, String why) {
    }

    private final ImportLog log;
    private final Placement placement;
    private final String sizePrefix;
    private final Map<String, Component> components = new LinkedHashMap<>();
    private final List<Dependency> dependencies = new ArrayList<>();
    private final Map<String, Origin> entryPoints = new LinkedHashMap<>();
    private final Set<String> usedIds = new HashSet<>();
    private boolean dashboardsOnly;
    private BiPredicate<String, String> reachable = (a, b) -> true;
    private ImportChoices choices = ImportChoices.NONE;

    public TopologyAssembly(ImportLog log, Placement placement, String sizePrefix) {
        this.log = log;
        this.placement = placement;
        this.sizePrefix = sizePrefix;
    }

    /** A free node id: the preferred one, else with the suffix, else numbered. */
    public String allocateId(String preferred, String suffix) {
        String id = preferred;
        if (usedIds.contains(id)) {
            id = preferred + "-" + suffix;
        }
        for (int n = 2; usedIds.contains(id); n++) {
            id = preferred + "-" + suffix + "-" + n;
        }
        usedIds.add(id);
        return id;
    }

    public void add(Component c) {
        usedIds.add(c.id());
        components.put(c.id(), c);
    }

    public Component component(String id) {
        return components.get(id);
    }

    public void replace(Component c) {
        components.put(c.id(), c);
    }

    /** {@code from} uses {@code to}; the link type is inferred when the topology is built. */
    public void depend(String from, String to, Origin origin, String why) {
        dependencies.add(new Dependency(from, to, origin, why));
    }

    /** Which components can talk to each other at all (Compose networks, Kubernetes namespaces). */
    public void reachability(BiPredicate<String, String> canReach) {
        this.reachable = canReach;
    }

    /** Users reach this component from outside (a published port, an external balancer). */
    public void entryPoint(String id, Origin origin) {
        entryPoints.putIfAbsent(id, origin);
    }

    /** The user's changes to the mapping, applied when the topology is built. */
    public void choose(ImportChoices userChoices) {
        this.choices = userChoices;
    }

    /** The kind of each component as built, by id, in import order. */
    public Map<String, ServiceKind> kinds() {
        Map<String, ServiceKind> kinds = new LinkedHashMap<>();
        components.values().forEach(c -> kinds.put(c.id(), c.kind()));
        return kinds;
    }

    private void applyChoices() {
        for (String id : choices.excluded()) {
            Component c = components.remove(id);
            if (c != null) {
                log.note(c.origin(), "'" + id + "' left out by choice; its links are not made");
            }
        }
        for (var e : choices.kinds().entrySet()) {
            Component c = components.get(e.getKey());
            if (c != null && c.kind() != e.getValue()) {
                components.put(c.id(), new Component(c.id(), c.name(), e.getValue(), c.technology(), c.instances(),
                        c.ports(), c.listenPort(), c.resources(), c.autoscaling(), c.bootTimeSeconds(), c.origin()));
                log.note(c.origin(), "'" + c.id() + "' simulated as " + e.getValue().nodeKind() + " by choice (imported as "
                        + c.kind().nodeKind() + ")");
            }
        }
    }

    public Topology build(String name, Mode mode, String description, Delivery delivery) {
        applyChoices();
        String regionId = allocateId("local".equals(placement.location()) ? "local" : "region", "region");
        String clusterId = allocateId(placement.orchestrator() == ContainerCluster.Orchestrator.KUBERNETES
                ? "kubernetes" : "compose", "cluster");
        List<Node> nodes = new ArrayList<>();
        nodes.add(new CloudRegion(regionId, placement.regionName(), null, null, placement.provider(),
                placement.location(), List.of(), 0));
        nodes.add(new ContainerCluster(clusterId, placement.clusterName(), regionId, null, placement.orchestrator(), null));
        for (Component c : components.values()) {
            nodes.add(node(c, clusterId));
        }
        List<Link> links = links();
        addAssumedUsers(links);
        addDefaultScrapes(links);
        String usersId = allocateId("users", "traffic");
        List<String> entries = entryNodes(links);
        if (!entries.isEmpty()) {
            double peak = peakRps(entries, links);
            nodes.add(new TrafficSource(usersId, "Users", regionId, null, peak));
            for (String e : entries) {
                links.add(new Link(usersId, e, LinkType.HTTP));
            }
            log.note(new Origin(name, 0), "traffic source '" + usersId + "' sends " + ResourceSizing.fmt(peak)
                    + " req/s at the daily peak (half of what the entry tier serves) to " + String.join(", ", entries)
                    + "; set it to the real load");
        }
        Topology topology = new Topology(Topology.SCHEMA_VERSION, name, mode, description, Workload.defaults(), null,
                delivery, nodes, links);
        topology = LayeredLayout.arrange(topology);
        var problems = new TopologyValidator(topology).problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the importer built an invalid topology: " + problems);
        }
        return topology;
    }

    private Node node(Component c, String clusterId) {
        Capacity cap = ResourceSizing.capacity(c, sizePrefix);
        return switch (c.kind()) {
            case APP -> new AppService(c.id(), c.name(), clusterId, null, c.technology(), distinctPorts(c.ports()), null,
                    false, cap, c.autoscaling(), List.of());
            case POSTGRES, OTHER_DATABASE -> new PostgresNode(c.id(), c.name(), clusterId, null, PostgresNode.Role.SINGLE,
                    version(c.technology()), cap, 0, PostgresNode.Backup.NONE, false, false, false);
            case REDIS -> new RedisNode(c.id(), c.name(), clusterId, null, RedisNode.Purpose.CACHE, 0.8,
                    c.resources() != null && c.resources().memoryMiB() != null ? c.resources().memoryMiB().intValue() : 256, cap);
            case KAFKA -> new KafkaNode(c.id(), c.name(), clusterId, null, Math.max(1, c.instances()),
                    3 * Math.max(1, c.instances()), 1_000.0 * Math.max(1, c.instances()), cap);
            case LOAD_BALANCER -> new LoadBalancer(c.id(), c.name(), clusterId, null, LoadBalancer.Scope.REGIONAL_L7,
                    LoadBalancer.Policy.ROUND_ROBIN, validPort(c.listenPort()), c.listenPort() != null && c.listenPort() == 443, cap);
            case PROMETHEUS, GRAFANA, LOGGING -> new MonitoringNode(c.id(), c.name(), clusterId, null, switch (c.kind()) {
                case GRAFANA -> MonitoringNode.Tool.GRAFANA;
                case LOGGING -> MonitoringNode.Tool.ELK;
                default -> c.technology().toLowerCase().contains("thanos") ? MonitoringNode.Tool.THANOS : MonitoringNode.Tool.PROMETHEUS;
            }, List.of("CPU", "Memory", "Requests", "Errors", "Latency"), MonitoringNode.AlertChannel.NONE, false, cap);
            case AUTH -> new AuthService(c.id(), c.name(), clusterId, null, "OAuth2 + OIDC", List.of(), false, cap);
        };
    }

    private static List<Integer> distinctPorts(List<Integer> ports) {
        return new ArrayList<>(new LinkedHashSet<>(ports.stream().filter(p -> p != null && p >= 1 && p <= 65535).toList()));
    }

    private static Integer validPort(Integer p) {
        return p != null && p >= 1 && p <= 65535 ? p : null;
    }

    private static final Pattern VERSION = Pattern.compile(":(\\d+(?:\\.\\d+)*)");

    /** "PostgreSQL (postgres:16.2-alpine)" -> "16.2"; null for "latest" or no tag. */
    private static String version(String technology) {
        Matcher m = VERSION.matcher(technology == null ? "" : technology);
        return m.find() ? m.group(1) : null;
    }

    private List<Link> links() {
        List<Link> links = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Dependency d : dependencies) {
            Component from = components.get(d.from());
            Component to = components.get(d.to());
            if (from == null || to == null || d.from().equals(d.to())) {
                continue;
            }
            LinkInference.Inferred inferred = LinkInference.infer(from.kind(), to.kind());
            if (inferred == null) {
                log.warn(d.origin(), "'" + d.from() + "' (" + from.kind().nodeKind() + ") uses '" + d.to() + "' ("
                        + to.kind().nodeKind() + ") " + d.why() + ", but the model has no link from a "
                        + from.kind().nodeKind() + " to a " + to.kind().nodeKind() + "; not linked");
                continue;
            }
            String a = inferred.reversed() ? d.to() : d.from();
            String b = inferred.reversed() ? d.from() : d.to();
            if (!seen.add(a + "\u0000" + b + "\u0000" + inferred.type())) {
                continue;
            }
            if (inferred.type().carriesRequests() && reaches(links, b, a)) {
                log.warn(d.origin(), "'" + a + "' -> '" + b + "' (" + d.why() + ") would make requests flow in a circle; "
                        + "not linked");
                continue;
            }
            links.add(new Link(a, b, inferred.type()));
            log.note(d.origin(), wire(inferred.type()) + " link " + a + " -> " + b + " (" + d.why() + ")");
        }
        return links;
    }

    /**
     * A database, cache or queue that nothing uses was put in the system for a reason: the
     * services that can reach it most likely use it through configuration the files do not show
     * (an application.properties, a DNS lookup). Link them, and say it is a guess.
     */
    private void addAssumedUsers(List<Link> links) {
        for (Component store : components.values()) {
            boolean dataStore = store.kind().isDatabase() || store.kind() == ServiceKind.REDIS || store.kind() == ServiceKind.KAFKA;
            if (!dataStore || links.stream().anyMatch(l -> l.to().equals(store.id()) && l.type().carriesRequests())) {
                continue;
            }
            List<String> users = components.values().stream()
                    .filter(c -> c.kind().calls() && reachable.test(c.id(), store.id()))
                    .filter(c -> LinkInference.infer(c.kind(), store.kind()) != null)
                    .map(Component::id).toList();
            for (String u : users) {
                LinkType type = LinkInference.infer(components.get(u).kind(), store.kind()).type();
                links.add(new Link(u, store.id(), type));
            }
            if (!users.isEmpty()) {
                log.warn(store.origin(), "nothing in the files says who uses '" + store.id() + "'; assumed "
                        + String.join(", ", users) + " (every service that can reach it)");
            }
        }
    }

    private static boolean reaches(List<Link> links, String start, String goal) {
        ArrayDeque<String> todo = new ArrayDeque<>(List.of(start));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String cur = todo.poll();
            if (cur.equals(goal)) {
                return true;
            }
            if (seen.add(cur)) {
                links.stream().filter(l -> l.type().carriesRequests() && l.from().equals(cur)).forEach(l -> todo.add(l.to()));
            }
        }
        return false;
    }

    /**
     * The files do not say what Prometheus scrapes (its own config file does): each Prometheus
     * without a scrape link is assumed to scrape every service; Grafana is assumed to read
     * Prometheus.
     */
    private void addDefaultScrapes(List<Link> links) {
        for (Component m : components.values()) {
            boolean scrapes = links.stream().anyMatch(l -> l.from().equals(m.id()) && l.type() == LinkType.METRICS_SCRAPE);
            if (scrapes || !(m.kind() == ServiceKind.PROMETHEUS || m.kind() == ServiceKind.GRAFANA)) {
                continue;
            }
            List<String> targets = components.values().stream()
                    .filter(t -> m.kind() == ServiceKind.PROMETHEUS ? !t.kind().isMonitoring() : t.kind() == ServiceKind.PROMETHEUS)
                    .map(Component::id).toList();
            for (String t : targets) {
                links.add(new Link(m.id(), t, LinkType.METRICS_SCRAPE));
            }
            if (!targets.isEmpty()) {
                log.note(m.origin(), "'" + m.id() + "' assumed to " + (m.kind() == ServiceKind.PROMETHEUS ? "scrape " : "read ")
                        + String.join(", ", targets) + " (its own configuration is not imported)");
            }
        }
    }

    /**
     * Published components that serve HTTP; dashboards only when nothing else is published. With
     * none, the services nothing calls.
     */
    private List<String> entryNodes(List<Link> links) {
        List<String> http = new ArrayList<>();
        List<String> dashboards = new ArrayList<>();
        for (var e : entryPoints.entrySet()) {
            Component c = components.get(e.getKey());
            if (c == null) {
                continue;
            }
            if (!c.kind().servesHttp()) {
                log.note(e.getValue(), "'" + c.id() + "' is published, but a " + c.kind().nodeKind()
                        + " is reached by its clients' protocol, not by users' HTTP traffic");
            } else if (c.kind().isMonitoring()) {
                dashboards.add(c.id());
            } else {
                http.add(c.id());
            }
        }
        if (!http.isEmpty()) {
            dashboards.forEach(d -> log.note(entryPoints.get(d), "'" + d + "' is published as a dashboard; it gets no user traffic"));
            return http;
        }
        if (!dashboards.isEmpty()) {
            dashboardsOnly = true;
            return dashboards;
        }
        Set<String> called = new HashSet<>();
        links.stream().filter(l -> l.type().carriesRequests()).forEach(l -> called.add(l.to()));
        List<String> roots = components.values().stream()
                .filter(c -> c.kind().servesHttp() && !c.kind().isMonitoring() && !called.contains(c.id()))
                .map(Component::id).toList();
        if (roots.isEmpty()) {
            log.warn(new Origin("import", 0), "nothing serves users' HTTP requests; no traffic source added");
        } else {
            log.warn(new Origin("import", 0), "no published entry point; user traffic is sent to what nothing else calls: "
                    + String.join(", ", roots));
        }
        return roots;
    }

    /** Half of what the entry tier can serve: a balancer counts the services behind it. */
    private double peakRps(List<String> entries, List<Link> links) {
        if (dashboardsOnly) {
            return 5.0 * entries.size(); // a few people watching dashboards, not a load test
        }
        double total = 0;
        for (String e : entries) {
            total += servable(e, links, new HashSet<>());
        }
        double peak = Math.max(1, total / 2);
        return peak >= 10 ? Math.round(peak) : Math.round(peak * 10) / 10.0;
    }

    private double servable(String id, List<Link> links, Set<String> seen) {
        Component c = components.get(id);
        if (c == null || !seen.add(id)) {
            return 0;
        }
        double own = c.instances() * ResourceSizing.capacity(c, sizePrefix).perInstanceRps();
        if (c.kind() != ServiceKind.LOAD_BALANCER) {
            return own;
        }
        double behind = 0;
        for (Link l : links) {
            if (l.from().equals(id) && l.type() == LinkType.HTTP) {
                behind += servable(l.to(), links, seen);
            }
        }
        return behind > 0 ? Math.min(own, behind) : own;
    }

    private static String wire(LinkType type) {
        return type.name().toLowerCase().replace('_', '-');
    }
}
