package org.devopssim.simulation.imports.kubernetes;

import java.nio.file.Path;
import java.util.ArrayList;
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
import org.devopssim.simulation.imports.ResourceSizing;
import org.devopssim.simulation.imports.ServiceKind;
import org.devopssim.simulation.imports.TopologyAssembly;
import org.devopssim.simulation.imports.yaml.YamlMap;
import org.devopssim.simulation.imports.yaml.YamlScalar;
import org.devopssim.simulation.model.Autoscaling;
import org.devopssim.simulation.model.ContainerCluster;
import org.devopssim.simulation.model.Delivery;
import org.devopssim.simulation.model.Mode;
import org.devopssim.simulation.model.Provider;
import org.devopssim.simulation.model.Topology;

/**
 * Imports Kubernetes manifests (files or folders, multi-document YAML) into one kubernetes
 * cluster inside a region.
 *
 * <ul>
 * <li>Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController and bare Pods become
 *     a node each, of the kind their first container's image suggests, with their replica count
 *     (1 when absent) and a capacity sized from CPU requests ({@link ResourceSizing}).</li>
 * <li>A Service of type LoadBalancer, or NodePort that no Ingress routes to, is how users get in:
 *     it becomes a load balancer in front of the workloads its selector matches. ClusterIP and
 *     headless Services are names only: who calls them is linked straight to their workloads, as
 *     kube-proxy and DNS do.</li>
 * <li>An Ingress becomes a load balancer with a link per routed Service's workloads.</li>
 * <li>A HorizontalPodAutoscaler (v1, v2beta1, v2beta2, v2) becomes reactive autoscaling.</li>
 * <li>Environment values that name a Service, and Kubernetes' own {@code NAME_SERVICE_HOST}
 *     variables, become links from the workload to the Service's workloads.</li>
 * </ul>
 */
public final class KubernetesImporter {

    private static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet",
            "ReplicationController", "Pod");
    private static final Map<String, String> NOTED = Map.ofEntries(
            Map.entry("ConfigMap", "configuration, not simulated"),
            Map.entry("Secret", "credentials, not simulated"),
            Map.entry("PersistentVolumeClaim", "storage, not simulated"),
            Map.entry("PersistentVolume", "storage, not simulated"),
            Map.entry("StorageClass", "storage, not simulated"),
            Map.entry("Namespace", "namespace"),
            Map.entry("ServiceAccount", "identity, not simulated"),
            Map.entry("Role", "access control, not simulated"),
            Map.entry("RoleBinding", "access control, not simulated"),
            Map.entry("ClusterRole", "access control, not simulated"),
            Map.entry("ClusterRoleBinding", "access control, not simulated"),
            Map.entry("NetworkPolicy", "network policy, not simulated"),
            Map.entry("PodDisruptionBudget", "disruption budget, not simulated"),
            Map.entry("LimitRange", "defaults for resources, not simulated"),
            Map.entry("ResourceQuota", "quota, not simulated"),
            Map.entry("IngressClass", "ingress class"),
            Map.entry("PriorityClass", "scheduling priority, not simulated"),
            Map.entry("Endpoints", "manual endpoints, not simulated"),
            Map.entry("EndpointSlice", "manual endpoints, not simulated"));

    private record Workload(ManifestObject obj, PodTemplate pod, String id) {
    }

    private record ServiceTargets(ManifestObject obj, String type, List<String> workloadIds) {
    }

    private final ImportLog log = new ImportLog();
    private final ImportChoices choices;

    public KubernetesImporter() {
        this(ImportChoices.NONE);
    }

    /** @param choices the user's changes to the mapping (kinds, left-out workloads), by node id */
    public KubernetesImporter(ImportChoices choices) {
        this.choices = choices;
    }

    public ImportResult importPaths(List<Path> paths) throws ImportException {
        List<Path> files = ManifestSet.expand(paths);
        if (files.isEmpty()) {
            throw new ImportException(new Origin(paths.isEmpty() ? "(nothing)" : paths.getFirst().toString(), 0),
                    "no .yaml, .yml or .json manifest found");
        }
        List<ManifestObject> objects = ManifestSet.read(files, log).objects();
        Set<String> namespaces = new TreeSet<>();
        objects.stream().filter(o -> WORKLOADS.contains(o.kind()) || o.kind().equals("Service")).forEach(o -> namespaces.add(o.namespace()));
        boolean qualify = namespaces.size() > 1;
        if (qualify) {
            log.note(new Origin(files.getFirst().toString(), 0), "namespaces " + namespaces + ": node ids are name.namespace");
        }

        TopologyAssembly assembly = new TopologyAssembly(log, new TopologyAssembly.Placement(Provider.LOCAL, "Cluster region",
                "unknown", ContainerCluster.Orchestrator.KUBERNETES, "Kubernetes"), "pod");
        List<Workload> workloads = workloads(objects, assembly, qualify);
        Map<String, ServiceTargets> services = services(objects, workloads);
        Set<String> ingressBacked = ingresses(objects, services, assembly, qualify);
        balancers(services, ingressBacked, assembly, qualify);
        environmentLinks(workloads, services, assembly);
        autoscalers(objects, workloads, assembly);
        others(objects);
        assembly.reachability((a, b) -> namespaceOf(a, workloads).equals(namespaceOf(b, workloads)));
        assembly.choose(choices);

        String name = paths.size() == 1 ? String.valueOf(paths.getFirst().toAbsolutePath().normalize().getFileName())
                .replaceAll("\\.(ya?ml|json)$", "") : "kubernetes";
        Topology topology = assembly.build(name, Mode.PRODUCTION, "Imported from Kubernetes manifests: "
                        + String.join(", ", paths.stream().map(Path::toString).toList()),
                new Delivery(Delivery.Strategy.ROLLING_UPDATE, Delivery.Rollback.MANUAL, true));
        log.note(new Origin(name, 0), "the cloud provider is not in the manifests: the region is 'local' (no cost); change it in the editor");
        return new ImportResult(topology, log.report("Kubernetes (" + files.size() + " file" + (files.size() > 1 ? "s" : "")
                + ", " + objects.size() + " objects)"), assembly.kinds());
    }

    private static String namespaceOf(String id, List<Workload> workloads) {
        return workloads.stream().filter(w -> w.id().equals(id)).map(w -> w.obj().namespace()).findFirst().orElse("");
    }

    private static String preferredId(ManifestObject o, boolean qualify) {
        return qualify ? o.name() + "." + o.namespace() : o.name();
    }

    private List<Workload> workloads(List<ManifestObject> objects, TopologyAssembly assembly, boolean qualify) throws ImportException {
        List<Workload> out = new ArrayList<>();
        Map<String, String> kindByName = new LinkedHashMap<>();
        for (ManifestObject o : objects) {
            if (o.kind().equals("Job") || o.kind().equals("CronJob")) {
                PodTemplate.of(o);
                log.warn(o.origin(), o.kind() + " '" + o.name() + "' runs to completion, not as a service; not simulated");
                continue;
            }
            if (!WORKLOADS.contains(o.kind())) {
                continue;
            }
            PodTemplate pod = PodTemplate.of(o);
            YamlMap spec = o.body().map("spec");
            int replicas = 1;
            if (o.kind().equals("DaemonSet")) {
                log.warn(o.origin(), "DaemonSet '" + o.name() + "' runs one pod per cluster node; the node count is unknown, 1 assumed");
            } else if (!o.kind().equals("Pod") && spec.integer("replicas") != null) {
                replicas = spec.integer("replicas");
                if (replicas < 0) {
                    throw new ImportException(spec.originOf("replicas"), "expected replicas >= 0, got " + replicas);
                }
            }
            String key = o.namespace() + "/" + o.name();
            if (kindByName.containsKey(key)) {
                log.warn(o.origin(), o.kind() + " '" + o.name() + "' and " + kindByName.get(key) + " '" + o.name()
                        + "' are probably alternative definitions of the same app; both imported");
            }
            kindByName.putIfAbsent(key, o.kind());
            String id = assembly.allocateId(preferredId(o, qualify), o.kind().toLowerCase());
            ImageCatalog.Classification cls = ImageCatalog.classify(pod.image());
            if (cls.approximation() != null) {
                log.warn(o.origin(), o.kind() + " '" + o.name() + "': " + cls.approximation());
            }
            Component c = new Component(id, o.name(), cls.kind(), cls.technology(), replicas, pod.ports(), null,
                    pod.resources(log), null, pod.readyAfterSeconds(), o.origin());
            assembly.add(c);
            String replicaText = spec.get("replicas") == null && !o.kind().equals("Pod") && !o.kind().equals("DaemonSet")
                    ? "replicas not set: 1" : replicas + (replicas == 1 ? " replica" : " replicas");
            log.mapped(o.origin(), o.kind() + " " + o.name(), id, cls.kind().nodeKind(),
                    cls.technology() + "; " + replicaText + "; " + ResourceSizing.explain(c));
            if (pod.containers().size() > 1) {
                List<String> others = new ArrayList<>();
                for (YamlMap extra : pod.containers().subList(1, pod.containers().size())) {
                    others.add(extra.string("image"));
                }
                log.note(o.origin(), o.kind() + " '" + o.name() + "': kind taken from the first container; other containers "
                        + others + " count only toward its resources");
            }
            if (o.kind().equals("StatefulSet") && spec.list("volumeClaimTemplates") != null) {
                log.note(spec.originOf("volumeClaimTemplates"), "StatefulSet '" + o.name() + "': volume claim templates (storage) not simulated");
            }
            if (spec.map("strategy") != null || spec.map("updateStrategy") != null) {
                log.note(o.origin(), o.kind() + " '" + o.name() + "': update strategy read; rollouts use the topology's delivery settings");
            }
            out.add(new Workload(o, pod, id));
        }
        return out;
    }

    /** Each Service and the workloads its selector matches (same namespace, pod labels include the selector). */
    private Map<String, ServiceTargets> services(List<ManifestObject> objects, List<Workload> workloads) throws ImportException {
        Map<String, ServiceTargets> out = new LinkedHashMap<>();
        for (ManifestObject o : objects) {
            if (!o.kind().equals("Service")) {
                continue;
            }
            YamlMap spec = o.body().map("spec");
            if (spec == null) {
                throw new ImportException(o.origin(), "expected 'spec' in Service '" + o.name() + "'");
            }
            String type = spec.string("type") == null ? "ClusterIP" : spec.string("type");
            if ("None".equals(spec.string("clusterIP"))) {
                type = "headless";
            }
            spec.maps("ports");
            if (type.equals("ExternalName")) {
                log.warn(o.origin(), "Service '" + o.name() + "' names an outside host (" + spec.string("externalName")
                        + "); outside systems are not simulated");
                out.put(o.namespace() + "/" + o.name(), new ServiceTargets(o, type, List.of()));
                continue;
            }
            Map<String, String> selector = spec.stringMap("selector");
            List<String> targets = new ArrayList<>();
            if (!selector.isEmpty()) {
                for (Workload w : workloads) {
                    if (w.obj().namespace().equals(o.namespace()) && w.pod().labels().entrySet().containsAll(selector.entrySet())) {
                        targets.add(w.id());
                    }
                }
            }
            if (selector.isEmpty()) {
                log.warn(o.origin(), "Service '" + o.name() + "' has no selector (its endpoints are managed by hand); not linked");
            } else if (targets.isEmpty()) {
                log.warn(o.origin(), "Service '" + o.name() + "' selects " + selector + ", which no imported workload matches");
            }
            out.put(o.namespace() + "/" + o.name(), new ServiceTargets(o, type, targets));
        }
        return out;
    }

    /** Ingresses become balancers; returns the Services they route to. */
    private Set<String> ingresses(List<ManifestObject> objects, Map<String, ServiceTargets> services, TopologyAssembly assembly,
                                  boolean qualify) throws ImportException {
        Set<String> backed = new LinkedHashSet<>();
        for (ManifestObject o : objects) {
            if (!o.kind().equals("Ingress")) {
                continue;
            }
            YamlMap spec = o.body().map("spec");
            if (spec == null) {
                throw new ImportException(o.origin(), "expected 'spec' in Ingress '" + o.name() + "'");
            }
            Map<String, String> routes = new LinkedHashMap<>();
            YamlMap defaultBackend = spec.map("defaultBackend") != null ? spec.map("defaultBackend") : spec.map("backend");
            if (defaultBackend != null) {
                routes.put("(default)", backendService(defaultBackend));
            }
            for (YamlMap rule : spec.maps("rules")) {
                YamlMap http = rule.map("http");
                if (http == null) {
                    continue;
                }
                String host = rule.string("host") == null ? "" : rule.string("host");
                for (YamlMap path : http.maps("paths")) {
                    YamlMap backend = path.map("backend");
                    if (backend == null) {
                        throw new ImportException(path.origin(), "expected a 'backend' for this Ingress path");
                    }
                    routes.put(host + (path.string("path") == null ? "/" : path.string("path")), backendService(backend));
                }
            }
            boolean tls = !spec.items("tls").isEmpty();
            List<String> routeText = new ArrayList<>();
            Map<String, String> targets = new LinkedHashMap<>();
            for (var r : routes.entrySet()) {
                ServiceTargets t = services.get(o.namespace() + "/" + r.getValue());
                routeText.add(r.getKey() + " -> " + r.getValue());
                if (t == null) {
                    log.warn(o.origin(), "Ingress '" + o.name() + "' routes " + r.getKey() + " to Service '" + r.getValue()
                            + "', which is not among the imported objects");
                    continue;
                }
                backed.add(o.namespace() + "/" + r.getValue());
                t.workloadIds().forEach(w -> targets.putIfAbsent(w, "Ingress route " + r.getKey() + " -> Service " + r.getValue()));
            }
            if (targets.isEmpty()) {
                log.warn(o.origin(), "Ingress '" + o.name() + "' routes to no imported workload; not imported (it could only fail requests)");
                continue;
            }
            String id = assembly.allocateId(preferredId(o, qualify), "ingress");
            String ingressClass = spec.string("ingressClassName");
            Component c = new Component(id, "Ingress " + o.name(), ServiceKind.LOAD_BALANCER,
                    "Ingress" + (ingressClass == null ? "" : " (" + ingressClass + ")"), 1, List.of(tls ? 443 : 80),
                    tls ? 443 : 80, null, null, null, o.origin());
            assembly.add(c);
            assembly.entryPoint(id, o.origin());
            targets.forEach((w, why) -> assembly.depend(id, w, o.origin(), why));
            log.mapped(o.origin(), "Ingress " + o.name(), id, "load-balancer", "routes " + String.join(", ", routeText)
                    + (tls ? "; TLS on 443" : "; HTTP on 80") + "; paths are listed, the balancer spreads over all of them");
        }
        return backed;
    }

    private static String backendService(YamlMap backend) throws ImportException {
        YamlMap service = backend.map("service");
        if (service != null) {
            return service.requireString("name", "the backend Service's name");
        }
        if (backend.string("serviceName") != null) {
            return backend.string("serviceName");
        }
        if (backend.map("resource") != null) {
            throw new ImportException(backend.origin(), "Ingress resource backends are not supported; expected 'service'");
        }
        throw new ImportException(backend.origin(), "expected 'service.name' (or 'serviceName') in this Ingress backend");
    }

    private void balancers(Map<String, ServiceTargets> services, Set<String> ingressBacked, TopologyAssembly assembly, boolean qualify)
            throws ImportException {
        for (var e : services.entrySet()) {
            ServiceTargets s = e.getValue();
            ManifestObject o = s.obj();
            boolean external = s.type().equals("LoadBalancer") || s.type().equals("NodePort") && !ingressBacked.contains(e.getKey());
            if (s.type().equals("ExternalName")) {
                continue;
            }
            if (!external) {
                String how = s.type().equals("NodePort") ? "reached through its Ingress" : s.type() + ", a name inside the cluster";
                log.mapped(o.origin(), "Service " + o.name(), String.join(", ", s.workloadIds()), "(no node)",
                        how + "; callers are linked straight to " + (s.workloadIds().isEmpty() ? "nothing" : String.join(", ", s.workloadIds())));
                continue;
            }
            if (s.workloadIds().isEmpty()) {
                continue; // already warned: a balancer with nothing behind it would only fail requests
            }
            YamlMap first = o.body().map("spec").maps("ports").stream().findFirst().orElse(null);
            Integer port = first == null ? null : first.integer("port");
            String id = assembly.allocateId(preferredId(o, qualify), "lb");
            Component c = new Component(id, "Service " + o.name() + " (" + s.type() + ")", ServiceKind.LOAD_BALANCER,
                    s.type().equals("LoadBalancer") ? "cloud load balancer" : "NodePort (kube-proxy)", 1,
                    port == null ? List.of() : List.of(port), port, null, null, null, o.origin());
            assembly.add(c);
            assembly.entryPoint(id, o.origin());
            for (String w : s.workloadIds()) {
                assembly.depend(id, w, o.origin(), "Service " + o.name() + " selector");
            }
            log.mapped(o.origin(), "Service " + o.name(), id, "load-balancer", s.type() + (port == null ? "" : " on port " + port)
                    + " in front of " + String.join(", ", s.workloadIds()));
        }
    }

    /** Environment values naming a Service, and Kubernetes' NAME_SERVICE_HOST variables. */
    private void environmentLinks(List<Workload> workloads, Map<String, ServiceTargets> services, TopologyAssembly assembly)
            throws ImportException {
        for (Workload w : workloads) {
            Map<String, ServiceTargets> inNamespace = new LinkedHashMap<>();
            services.values().stream().filter(s -> s.obj().namespace().equals(w.obj().namespace()))
                    .forEach(s -> inNamespace.put(s.obj().name(), s));
            for (var env : w.pod().environment().entrySet()) {
                String var = env.getKey();
                YamlScalar value = env.getValue();
                Set<String> named = new LinkedHashSet<>(HostReferences.find(var, value.text(), inNamespace.keySet()));
                if (var.endsWith("_SERVICE_HOST")) {
                    String svc = var.substring(0, var.length() - "_SERVICE_HOST".length()).toLowerCase().replace('_', '-');
                    if (inNamespace.containsKey(svc)) {
                        named.add(svc);
                    }
                }
                if (var.equals("GET_HOSTS_FROM")) {
                    log.note(value.origin(), w.obj().kind() + " '" + w.obj().name() + "' finds other Services by " + value.text()
                            + "; which ones is in its code, not in the manifest");
                }
                for (String svc : named) {
                    for (String target : inNamespace.get(svc).workloadIds()) {
                        if (!target.equals(w.id())) {
                            assembly.depend(w.id(), target, value.origin(), "env " + var + "=" + value.text() + " names Service " + svc);
                        }
                    }
                }
            }
        }
    }

    private void autoscalers(List<ManifestObject> objects, List<Workload> workloads, TopologyAssembly assembly) throws ImportException {
        for (ManifestObject o : objects) {
            if (!o.kind().equals("HorizontalPodAutoscaler")) {
                continue;
            }
            HorizontalAutoscaler hpa = HorizontalAutoscaler.read(o, log);
            Workload target = workloads.stream().filter(w -> w.obj().namespace().equals(o.namespace())
                    && w.obj().kind().equals(hpa.targetKind()) && w.obj().name().equals(hpa.targetName())).findFirst().orElse(null);
            if (target == null) {
                log.warn(o.origin(), "HorizontalPodAutoscaler '" + o.name() + "' scales " + hpa.targetKind() + " '" + hpa.targetName()
                        + "', which is not among the imported objects");
                continue;
            }
            Component c = assembly.component(target.id());
            if (c.kind() != ServiceKind.APP) {
                log.warn(o.origin(), "HorizontalPodAutoscaler '" + o.name() + "' scales '" + target.id() + "', a "
                        + c.kind().nodeKind() + "; only application services autoscale in the simulator");
                continue;
            }
            int instances = Math.clamp(c.instances(), hpa.min(), hpa.max());
            if (instances != c.instances()) {
                log.note(o.origin(), "'" + c.id() + "' starts with " + instances + " instances instead of " + c.instances()
                        + ": the autoscaler keeps it within " + hpa.min() + ".." + hpa.max());
            }
            assembly.replace(c.withAutoscaling(new Autoscaling(Autoscaling.Policy.REACTIVE, hpa.min(), hpa.max(), hpa.target()), instances));
            log.mapped(o.origin(), "HorizontalPodAutoscaler " + o.name(), c.id(), "autoscaling",
                    "reactive, " + hpa.min() + ".." + hpa.max() + " instances, target " + Math.round(hpa.target() * 100) + "% " + hpa.metric());
        }
    }

    private void others(List<ManifestObject> objects) {
        for (ManifestObject o : objects) {
            if (WORKLOADS.contains(o.kind()) || Set.of("Service", "Ingress", "HorizontalPodAutoscaler", "Job", "CronJob").contains(o.kind())) {
                continue;
            }
            String what = NOTED.get(o.kind());
            if (what != null) {
                log.note(o.origin(), o.kind() + " '" + o.name() + "': " + what);
            } else {
                log.warn(o.origin(), "kind " + o.kind() + " (" + o.apiVersion() + ") '" + o.name() + "' is not known to the importer; not imported");
            }
        }
    }
}
