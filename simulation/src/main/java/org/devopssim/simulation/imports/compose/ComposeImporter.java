package org.devopssim.simulation.imports.compose;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.devopssim.simulation.imports.Component;
import org.devopssim.simulation.imports.HostReferences;
import org.devopssim.simulation.imports.ImageCatalog;
import org.devopssim.simulation.imports.ImportException;
import org.devopssim.simulation.imports.ImportLog;
import org.devopssim.simulation.imports.ImportChoices;
import org.devopssim.simulation.imports.ImportResult;
import org.devopssim.simulation.imports.Origin;
import org.devopssim.simulation.imports.Quantities;
import org.devopssim.simulation.imports.ResourceSizing;
import org.devopssim.simulation.imports.Resources;
import org.devopssim.simulation.imports.ServiceKind;
import org.devopssim.simulation.imports.TopologyAssembly;
import org.devopssim.simulation.imports.yaml.YamlList;
import org.devopssim.simulation.imports.yaml.YamlMap;
import org.devopssim.simulation.imports.yaml.YamlNode;
import org.devopssim.simulation.imports.yaml.YamlReader;
import org.devopssim.simulation.imports.yaml.YamlScalar;
import org.devopssim.simulation.model.ContainerCluster;
import org.devopssim.simulation.model.Delivery;
import org.devopssim.simulation.model.Mode;
import org.devopssim.simulation.model.Provider;
import org.devopssim.simulation.model.Topology;

/**
 * Imports a Docker Compose project: one or more Compose files merged in order (like repeated
 * {@code -f}), with {@code ${VAR}} substitution from the {@code .env} beside the first file and
 * {@code extends}. Each service becomes a node of the kind its image suggests, inside one
 * docker-compose cluster in a {@code local} region; {@code depends_on}, {@code links} and
 * environment values that name another service become links; published ports are where users'
 * traffic enters. Process environment variables are deliberately not read, so an import gives
 * the same topology on every machine.
 */
public final class ComposeImporter {

    /** Service keys that are read but change nothing in the simulation, reported once per service. */
    private static final Set<String> NOT_SIMULATED = Set.of("annotations", "attach", "blkio_config", "cpu_count",
            "cpu_percent", "cpu_shares", "cpu_period", "cpu_quota", "cpu_rt_runtime", "cpu_rt_period", "cpuset", "cap_add",
            "cap_drop", "cgroup", "cgroup_parent", "command", "container_name", "credential_spec", "develop",
            "device_cgroup_rules", "devices", "dns", "dns_opt", "dns_search", "domainname", "driver_opts", "entrypoint",
            "external_links", "extra_hosts", "gpus", "group_add", "hostname", "init", "ipc", "isolation", "labels",
            "label_file", "logging", "mac_address", "mem_swappiness", "memswap_limit", "oom_kill_disable", "oom_score_adj",
            "pid", "pids_limit", "platform", "post_start", "pre_stop", "privileged", "pull_policy", "read_only", "restart",
            "runtime", "security_opt", "shm_size", "stdin_open", "stop_grace_period", "stop_signal", "storage_opt",
            "sysctls", "tmpfs", "tty", "ulimits", "use_api_socket", "user", "userns_mode", "uts", "volumes_from",
            "working_dir", "models", "provider");
    private static final Set<String> HANDLED = Set.of("image", "build", "ports", "expose", "depends_on", "links", "deploy",
            "scale", "healthcheck", "environment", "env_file", "networks", "network_mode", "volumes", "secrets", "configs",
            "profiles", "cpus", "mem_limit", "mem_reservation", "extends");

    private final ImportLog log = new ImportLog();
    private final ImportChoices choices;

    public ComposeImporter() {
        this(ImportChoices.NONE);
    }

    /** @param choices the user's changes to the mapping (kinds, left-out services), by service name */
    public ComposeImporter(ImportChoices choices) {
        this.choices = choices;
    }

    /** Imports the files, merged in the order given (later files override earlier ones). */
    public ImportResult importFiles(List<Path> files) throws ImportException {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no Compose file given");
        }
        Path first = files.getFirst().toAbsolutePath().normalize();
        Path projectDir = first.getParent();
        Interpolation interpolation = new Interpolation(DotEnv.read(projectDir.resolve(".env"), log), log);
        YamlMap project = null;
        for (Path f : files) {
            YamlMap root = readComposeFile(f, interpolation);
            project = project == null ? root : (YamlMap) ComposeMerge.merge(project, root, "");
            if (files.size() > 1) {
                log.note(new Origin(f.toString(), 0), "merged in order " + (files.indexOf(f) + 1) + " of " + files.size());
            }
        }
        topLevel(project, files.getFirst());
        YamlMap services = project.map("services");
        Map<String, YamlMap> resolved = new LinkedHashMap<>();
        for (String name : services.keys()) {
            YamlMap svc = serviceMap(services, name);
            resolved.put(name, resolveExtends(name, svc, services, first, interpolation, new ArrayDeque<>()));
        }
        String projectName = project.string("name") != null ? project.string("name")
                : projectDir.getFileName() == null ? "compose" : projectDir.getFileName().toString();
        TopologyAssembly assembly = new TopologyAssembly(log, new TopologyAssembly.Placement(Provider.LOCAL, "Local machine",
                "local", ContainerCluster.Orchestrator.DOCKER_COMPOSE, "Docker Compose: " + projectName), "container");
        for (var e : resolved.entrySet()) {
            addService(e.getKey(), e.getValue(), resolved, assembly);
        }
        assembly.choose(choices);
        Topology topology = assembly.build(projectName, Mode.DEVELOPMENT,
                "Imported from Docker Compose: " + files.stream().map(Path::toString).reduce((a, b) -> a + ", " + b).orElse(""),
                new Delivery(Delivery.Strategy.ROLLING_UPDATE, Delivery.Rollback.MANUAL, false));
        return new ImportResult(topology, log.report("Docker Compose (" + files.size() + " file" + (files.size() > 1 ? "s" : "") + ")"),
                assembly.kinds());
    }

    private YamlMap readComposeFile(Path file, Interpolation interpolation) throws ImportException {
        List<YamlNode> docs = YamlReader.readAll(file);
        Origin origin = new Origin(file.toString(), 1);
        if (docs.isEmpty()) {
            throw new ImportException(origin, "empty file; expected a Compose file with 'services'");
        }
        if (docs.size() > 1) {
            throw new ImportException(docs.get(1).origin(), "a Compose file has one YAML document, this one has " + docs.size());
        }
        if (!(docs.getFirst() instanceof YamlMap root) || !root.has("services")) {
            throw new ImportException(docs.getFirst().origin(), "expected a Compose file: a mapping with 'services'");
        }
        YamlMap interpolated = (YamlMap) interpolate(root, interpolation, false);
        YamlMap services = interpolated.map("services");
        Map<String, YamlNode> normalized = new LinkedHashMap<>();
        for (String name : services.keys()) {
            normalized.put(name, ComposeMerge.normalizeService(serviceMap(services, name)));
        }
        return interpolated.with("services", new YamlMap(normalized, services.origin()));
    }

    private static YamlMap serviceMap(YamlMap services, String name) throws ImportException {
        YamlNode n = services.entries().get(name);
        if (n instanceof YamlScalar s && s.isNull()) {
            return new YamlMap(Map.of(), s.origin());
        }
        if (!(n instanceof YamlMap m)) {
            throw new ImportException(n.origin(), "expected service '" + name + "' to be a mapping, got " + n.describe());
        }
        return m;
    }

    /** Substitutes variables in values (not keys), except in extension fields that Compose also leaves alone. */
    private static YamlNode interpolate(YamlNode node, Interpolation interpolation, boolean skip) {
        return switch (node) {
            case YamlScalar s -> skip ? s : new YamlScalar(interpolation.apply(s.text(), s.origin()), s.plain(), s.origin());
            case YamlList l -> {
                List<YamlNode> items = new ArrayList<>();
                l.items().forEach(i -> items.add(interpolate(i, interpolation, skip)));
                yield new YamlList(items, l.origin());
            }
            case YamlMap m -> {
                Map<String, YamlNode> entries = new LinkedHashMap<>();
                m.entries().forEach((k, v) -> entries.put(k, interpolate(v, interpolation, skip || k.startsWith("x-"))));
                yield new YamlMap(entries, m.origin());
            }
        };
    }

    private void topLevel(YamlMap project, Path file) throws ImportException {
        for (String key : project.keys()) {
            Origin at = project.originOf(key);
            switch (key) {
                case "services", "name" -> {
                }
                case "version" -> log.note(at, "'version' is obsolete in the Compose specification and ignored");
                case "include" -> log.warn(at, "'include' is not followed; pass the included files as extra files to import them");
                case "networks", "volumes", "secrets", "configs" -> declared(project, key, file);
                default -> {
                    if (key.startsWith("x-")) {
                        log.note(at, "extension field '" + key + "' is not imported itself (services that use it through anchors are)");
                    } else {
                        log.warn(at, "unknown top-level key '" + key + "'; ignored");
                    }
                }
            }
        }
    }

    private void declared(YamlMap project, String key, Path file) throws ImportException {
        YamlMap m = project.map(key);
        if (m == null) {
            return;
        }
        for (String name : m.keys()) {
            YamlNode v = m.get(name);
            String extra = "";
            if (v instanceof YamlMap def) {
                if (def.string("file") != null) {
                    Path p = file.toAbsolutePath().getParent().resolve(def.string("file"));
                    extra = Files.exists(p) ? " (file " + def.string("file") + ")" : " (file " + def.string("file") + " not available; not needed to simulate)";
                }
                if (def.get("external") != null) {
                    extra += " (external)";
                }
            }
            log.note(m.originOf(name), key.substring(0, key.length() - 1) + " '" + name + "' declared" + extra + "; not simulated");
        }
    }

    /** The service with its {@code extends} chain merged in, base first. */
    private YamlMap resolveExtends(String name, YamlMap svc, YamlMap services, Path file, Interpolation interpolation,
                                  Deque<String> chain) throws ImportException {
        YamlNode ext = svc.get("extends");
        if (ext == null) {
            return svc;
        }
        String key = file.toAbsolutePath().normalize() + "#" + name;
        if (chain.contains(key)) {
            List<String> names = new ArrayList<>(chain.stream().map(k -> k.substring(k.lastIndexOf('#') + 1)).toList());
            java.util.Collections.reverse(names);
            throw new ImportException(ext.origin(), "'extends' goes round in a circle: " + String.join(" -> ", names) + " -> " + name);
        }
        chain.push(key);
        String baseName;
        String baseFile = null;
        switch (ext) {
            case YamlScalar s -> baseName = s.text();
            case YamlMap m -> {
                baseName = m.requireString("service", "the service to extend");
                baseFile = m.string("file");
            }
            default -> throw new ImportException(ext.origin(), "expected 'extends' to name a service or be a mapping with 'service'");
        }
        YamlMap own = svc.without("extends");
        YamlMap baseServices = services;
        Path basePath = file;
        if (baseFile != null) {
            basePath = file.toAbsolutePath().getParent().resolve(baseFile).normalize();
            if (!Files.isRegularFile(basePath)) {
                log.warn(ext.origin(), "service '" + name + "' extends '" + baseName + "' in " + baseFile
                        + ", which is not available; imported without what it would inherit");
                chain.pop();
                return own;
            }
            baseServices = readComposeFile(basePath, interpolation).map("services");
        }
        if (baseServices.entries().get(baseName) == null) {
            throw new ImportException(ext.origin(), "service '" + name + "' extends '" + baseName + "', which is not a service of "
                    + (baseFile == null ? "this file" : baseFile));
        }
        YamlMap base = resolveExtends(baseName, serviceMap(baseServices, baseName), baseServices, basePath, interpolation, chain);
        chain.pop();
        log.note(ext.origin(), "service '" + name + "' extends '" + baseName + "'" + (baseFile == null ? "" : " from " + baseFile));
        return (YamlMap) ComposeMerge.merge(base, own, "");
    }

    private void addService(String name, YamlMap svc, Map<String, YamlMap> all, TopologyAssembly assembly) throws ImportException {
        String image = svc.string("image");
        String technology;
        ImageCatalog.Classification cls = ImageCatalog.classify(image);
        if (image == null) {
            String context = buildContext(svc);
            if (context == null) {
                log.warn(svc.origin(), "service '" + name + "' has neither 'image' nor 'build'; imported as an application service");
                technology = "unknown";
            } else {
                technology = "built from " + context;
            }
        } else {
            technology = cls.technology();
        }
        if (cls.approximation() != null) {
            log.warn(svc.originOf("image"), "service '" + name + "': " + cls.approximation());
        }
        List<PortMapping> ports = new ArrayList<>(ComposePorts.ports(svc.items("ports"), log));
        ports.addAll(ComposePorts.exposed(svc.items("expose"), log));
        int instances = replicas(name, svc);
        Resources resources = resources(svc);
        Integer boot = healthcheck(name, svc);
        Integer listen = ports.stream().filter(PortMapping::published).map(p -> p.hostPort() != null ? p.hostPort() : p.containerPort())
                .findFirst().orElse(null);
        Component c = new Component(name, name, cls.kind(), technology, instances,
                ports.stream().map(PortMapping::containerPort).toList(),
                cls.kind() == ServiceKind.LOAD_BALANCER ? listen : null, resources, null, boot, svc.origin());
        assembly.add(c);
        if (ports.stream().anyMatch(PortMapping::published)) {
            assembly.entryPoint(name, svc.originOf("ports"));
        }
        log.mapped(svc.origin(), "service " + name, name, cls.kind().nodeKind(), detail(c, ports));
        dependencies(name, svc, all, assembly);
        notes(name, svc);
    }

    private static String buildContext(YamlMap svc) throws ImportException {
        YamlNode b = svc.get("build");
        return switch (b) {
            case null -> null;
            case YamlScalar s -> s.text();
            case YamlMap m -> (m.string("context") == null ? "." : m.string("context"))
                    + (m.string("dockerfile") != null ? " (" + m.string("dockerfile") + ")" : "")
                    + (m.string("target") != null ? " target " + m.string("target") : "");
            case YamlList l -> throw new ImportException(l.origin(), "expected 'build' to be a path or a mapping with 'context'");
        };
    }

    private int replicas(String name, YamlMap svc) throws ImportException {
        YamlMap deploy = svc.map("deploy");
        Integer replicas = deploy == null ? null : deploy.integer("replicas");
        if (replicas == null) {
            replicas = svc.integer("scale");
        }
        if (deploy != null && deploy.string("mode") != null && deploy.string("mode").startsWith("global")) {
            log.warn(deploy.originOf("mode"), "service '" + name + "' runs in global mode (one per host); the host count is unknown, 1 assumed");
            replicas = 1;
        }
        if (replicas != null && replicas < 0) {
            throw new ImportException(svc.origin(), "expected a replica count >= 0 for service '" + name + "', got " + replicas);
        }
        if (replicas != null && replicas == 0) {
            log.warn(svc.origin(), "service '" + name + "' has 0 replicas; imported with no instances running");
        }
        return replicas == null ? 1 : replicas;
    }

    /** Reservations first (what the container is guaranteed), then limits, then the legacy keys. */
    private Resources resources(YamlMap svc) throws ImportException {
        YamlMap deploy = svc.map("deploy");
        YamlMap res = deploy == null ? null : deploy.map("resources");
        for (String basis : List.of("reservations", "limits")) {
            YamlMap r = res == null ? null : res.map(basis);
            if (r != null && (r.has("cpus") || r.has("memory"))) {
                return new Resources(cpus(r.scalar("cpus")), memory(r.scalar("memory")), "deploy.resources." + basis);
            }
        }
        if (svc.has("cpus") || svc.has("mem_reservation") || svc.has("mem_limit")) {
            YamlScalar mem = svc.scalar("mem_reservation") != null ? svc.scalar("mem_reservation") : svc.scalar("mem_limit");
            return new Resources(cpus(svc.scalar("cpus")), memory(mem), "cpus/mem_limit");
        }
        return null;
    }

    private static Double cpus(YamlScalar s) throws ImportException {
        return s == null ? null : s.asDouble("'cpus'");
    }

    private static Long memory(YamlScalar s) throws ImportException {
        if (s == null) {
            return null;
        }
        Long mib = Quantities.composeMemoryMiB(s.text());
        if (mib == null) {
            throw new ImportException(s.origin(), "expected a memory size like 512m or 1g, got " + s.describe());
        }
        return mib;
    }

    /** A health check's start period is how long the service takes before it is ready. */
    private Integer healthcheck(String name, YamlMap svc) throws ImportException {
        YamlMap hc = svc.map("healthcheck");
        if (hc == null) {
            return null;
        }
        if (hc.scalar("disable") != null && hc.scalar("disable").asBoolean("'disable'")) {
            log.note(hc.origin(), "service '" + name + "': health check disabled");
            return null;
        }
        YamlScalar start = hc.scalar("start_period");
        log.note(hc.origin(), "service '" + name + "': health check read" + (start == null ? "; not simulated"
                : "; its start_period " + start.text() + " becomes the boot time"));
        if (start == null) {
            return null;
        }
        Double seconds = Quantities.durationSeconds(start.text());
        if (seconds == null) {
            throw new ImportException(start.origin(), "expected a duration like 30s or 1m30s, got " + start.describe());
        }
        return (int) Math.ceil(seconds);
    }

    private void dependencies(String name, YamlMap svc, Map<String, YamlMap> all, TopologyAssembly assembly) throws ImportException {
        YamlMap dependsOn = svc.map("depends_on");
        if (dependsOn != null) {
            for (String target : dependsOn.keys()) {
                String condition = dependsOn.get(target) instanceof YamlMap m && m.string("condition") != null
                        ? " (" + m.string("condition") + ")" : "";
                link(name, target, dependsOn.originOf(target), "depends_on" + condition, all, assembly);
            }
        }
        for (YamlNode l : svc.items("links")) {
            if (!(l instanceof YamlScalar s)) {
                throw new ImportException(l.origin(), "expected 'links' items like \"db\" or \"db:database\", got " + l.describe());
            }
            link(name, s.text().split(":")[0].trim(), s.origin(), "links", all, assembly);
        }
        YamlMap env = svc.map("environment");
        if (env != null) {
            Set<String> others = new LinkedHashSet<>(all.keySet());
            others.remove(name);
            for (String var : env.keys()) {
                YamlNode v = env.get(var);
                if (v instanceof YamlScalar s) {
                    for (String target : HostReferences.find(var, s.text(), others)) {
                        link(name, target, s.origin(), "environment " + var + "=" + s.text(), all, assembly);
                    }
                }
            }
        }
        if (svc.string("network_mode") != null && svc.string("network_mode").startsWith("service:")) {
            log.note(svc.originOf("network_mode"), "service '" + name + "' shares the network of " + svc.string("network_mode"));
        }
    }

    private void link(String from, String to, Origin origin, String why, Map<String, YamlMap> all, TopologyAssembly assembly)
            throws ImportException {
        if (!all.containsKey(to)) {
            log.warn(origin, "service '" + from + "' refers to '" + to + "' (" + why + "), which is not a service here; not linked");
            return;
        }
        Set<String> shared = networks(all.get(from));
        shared.retainAll(networks(all.get(to)));
        if (shared.isEmpty()) {
            log.warn(origin, "services '" + from + "' and '" + to + "' share no network, so they could not reach each other; linked anyway");
        }
        assembly.depend(from, to, origin, why);
    }

    private static Set<String> networks(YamlMap svc) throws ImportException {
        if (svc.string("network_mode") != null) {
            return new TreeSet<>(Set.of("mode:" + svc.string("network_mode"), "default"));
        }
        YamlMap n = svc.map("networks");
        return n == null ? new TreeSet<>(Set.of("default")) : new TreeSet<>(n.keys());
    }

    private void notes(String name, YamlMap svc) throws ImportException {
        Set<String> ignored = new TreeSet<>();
        for (String key : svc.keys()) {
            if (NOT_SIMULATED.contains(key)) {
                ignored.add(key);
            } else if (!HANDLED.contains(key) && !key.startsWith("x-")) {
                log.warn(svc.originOf(key), "service '" + name + "': unknown key '" + key + "'; ignored");
            }
        }
        if (!ignored.isEmpty()) {
            log.note(svc.origin(), "service '" + name + "': not simulated: " + String.join(", ", ignored));
        }
        List<String> volumes = new ArrayList<>();
        for (YamlNode v : svc.items("volumes")) {
            volumes.add(v instanceof YamlScalar s ? s.text() : v instanceof YamlMap m ? m.string("source") + ":" + m.string("target") : "?");
        }
        if (!volumes.isEmpty()) {
            log.note(svc.originOf("volumes"), "service '" + name + "': volumes " + String.join(", ", volumes) + " (storage is not simulated)");
        }
        for (String key : List.of("secrets", "configs")) {
            List<String> names = new ArrayList<>();
            for (YamlNode v : svc.items(key)) {
                names.add(v instanceof YamlScalar s ? s.text() : v instanceof YamlMap m ? m.string("source") : "?");
            }
            if (!names.isEmpty()) {
                log.note(svc.originOf(key), "service '" + name + "': " + key + " " + String.join(", ", names) + " (not simulated)");
            }
        }
        if (svc.map("networks") != null) {
            log.note(svc.originOf("networks"), "service '" + name + "': networks " + String.join(", ", svc.map("networks").keys()));
        }
        if (svc.get("env_file") != null) {
            log.note(svc.originOf("env_file"), "service '" + name + "': env_file is not read; its variables cannot create links");
        }
        YamlList profiles = svc.list("profiles");
        if (profiles != null && !profiles.items().isEmpty()) {
            log.warn(profiles.origin(), "service '" + name + "' only starts with a profile enabled; imported anyway");
        }
        YamlMap deploy = svc.map("deploy");
        if (deploy != null) {
            for (String key : deploy.keys()) {
                if (!Set.of("replicas", "mode", "resources").contains(key)) {
                    log.note(deploy.originOf(key), "service '" + name + "': deploy." + key + " not simulated");
                }
            }
        }
    }

    private static String detail(Component c, List<PortMapping> ports) {
        List<String> parts = new ArrayList<>();
        parts.add(c.technology());
        parts.add(c.instances() + (c.instances() == 1 ? " instance" : " instances"));
        List<String> published = ports.stream().filter(PortMapping::published)
                .map(p -> (p.hostPort() == null ? "*" : p.hostPort()) + "->" + p.containerPort()).toList();
        if (!published.isEmpty()) {
            parts.add("published " + String.join(", ", published));
        }
        List<Integer> internal = ports.stream().filter(p -> !p.published()).map(PortMapping::containerPort).toList();
        if (!internal.isEmpty()) {
            parts.add("exposed " + internal);
        }
        parts.add(ResourceSizing.explain(c));
        return String.join("; ", parts);
    }
}
