package org.devopssim.simulation.imports.kubernetes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.devopssim.simulation.imports.ImportException;
import org.devopssim.simulation.imports.ImportLog;
import org.devopssim.simulation.imports.Quantities;
import org.devopssim.simulation.imports.Resources;
import org.devopssim.simulation.imports.yaml.YamlMap;
import org.devopssim.simulation.imports.yaml.YamlNode;
import org.devopssim.simulation.imports.yaml.YamlScalar;

/** The pod a workload runs: labels, containers, their resources, ports, environment and probes. */
record PodTemplate(Map<String, String> labels, List<YamlMap> containers, YamlMap spec) {

    /** The pod template of a workload object, checked. */
    static PodTemplate of(ManifestObject obj) throws ImportException {
        YamlMap spec = obj.body().map("spec");
        if (spec == null) {
            throw new ImportException(obj.origin(), "expected 'spec' in " + obj.kind() + " '" + obj.name() + "'");
        }
        YamlMap meta;
        YamlMap podSpec;
        if (obj.kind().equals("Pod")) {
            meta = obj.body().map("metadata");
            podSpec = spec;
        } else {
            YamlMap template = spec;
            if (obj.kind().equals("CronJob")) {
                YamlMap jobTemplate = spec.map("jobTemplate");
                template = jobTemplate == null ? null : jobTemplate.map("spec");
            }
            template = template == null ? null : template.map("template");
            if (template == null) {
                throw new ImportException(spec.origin(), "expected 'spec.template' (the pod template) in " + obj.kind() + " '" + obj.name() + "'");
            }
            meta = template.map("metadata");
            podSpec = template.map("spec");
        }
        if (podSpec == null) {
            throw new ImportException(spec.origin(), "expected a pod 'spec' with 'containers' in " + obj.kind() + " '" + obj.name() + "'");
        }
        List<YamlMap> containers = podSpec.maps("containers");
        if (containers.isEmpty()) {
            throw new ImportException(podSpec.origin(), "expected at least one container in " + obj.kind() + " '" + obj.name() + "'");
        }
        for (YamlMap c : containers) {
            c.requireString("image", "the container image");
        }
        Map<String, String> labels = meta == null ? new LinkedHashMap<>() : meta.stringMap("labels");
        return new PodTemplate(labels, containers, podSpec);
    }

    String image() throws ImportException {
        return containers.getFirst().string("image");
    }

    List<Integer> ports() throws ImportException {
        List<Integer> ports = new ArrayList<>();
        for (YamlMap c : containers) {
            for (YamlMap p : c.maps("ports")) {
                Integer port = p.integer("containerPort");
                if (port == null) {
                    throw new ImportException(p.origin(), "expected 'containerPort' in this port");
                }
                ports.add(port);
            }
        }
        return ports;
    }

    /**
     * The pod's CPU and memory: the sum over its containers of requests. Kubernetes sets a
     * missing request to the limit, so limits count where requests are absent.
     */
    Resources resources(ImportLog log) throws ImportException {
        double cpu = 0;
        long mem = 0;
        boolean anyCpu = false;
        boolean anyMem = false;
        boolean fromLimits = false;
        boolean fromRequests = false;
        for (YamlMap c : containers) {
            YamlMap res = c.map("resources");
            if (res == null) {
                continue;
            }
            YamlMap requests = res.map("requests");
            YamlMap limits = res.map("limits");
            YamlScalar cpuText = requests != null && requests.scalar("cpu") != null ? requests.scalar("cpu")
                    : limits != null ? limits.scalar("cpu") : null;
            YamlScalar memText = requests != null && requests.scalar("memory") != null ? requests.scalar("memory")
                    : limits != null ? limits.scalar("memory") : null;
            fromLimits |= (requests == null || requests.scalar("cpu") == null) && cpuText != null;
            fromRequests |= requests != null && requests.scalar("cpu") != null;
            if (cpuText != null) {
                Double v = Quantities.kubernetesCpu(cpuText.text());
                if (v == null) {
                    throw new ImportException(cpuText.origin(), "expected a CPU quantity like 500m or 2, got " + cpuText.describe());
                }
                cpu += v;
                anyCpu = true;
            }
            if (memText != null) {
                Long v = Quantities.kubernetesMemoryMiB(memText.text());
                if (v == null) {
                    throw new ImportException(memText.origin(), "expected a memory quantity like 128Mi or 1Gi, got " + memText.describe());
                }
                mem += v;
                anyMem = true;
            }
        }
        if (!anyCpu && !anyMem) {
            return null;
        }
        return new Resources(anyCpu ? cpu : null, anyMem ? mem : null,
                fromLimits && fromRequests ? "requests (limits where a container sets none)"
                        : fromLimits ? "limits (requests default to limits)" : "requests");
    }

    /** Plain environment values by variable name, of every container. */
    Map<String, YamlScalar> environment() throws ImportException {
        Map<String, YamlScalar> env = new LinkedHashMap<>();
        for (YamlMap c : containers) {
            for (YamlMap e : c.maps("env")) {
                String name = e.requireString("name", "the variable name");
                YamlNode v = e.get("value");
                if (v instanceof YamlScalar s) {
                    env.put(name, s);
                } else if (v != null) {
                    throw new ImportException(v.origin(), "expected the value of " + name + " to be text, got " + v.describe());
                }
            }
        }
        return env;
    }

    /** Seconds before the readiness (or startup) probe first passes, or null. */
    Integer readyAfterSeconds() throws ImportException {
        YamlMap c = containers.getFirst();
        for (String probe : List.of("startupProbe", "readinessProbe")) {
            YamlMap p = c.map(probe);
            if (p != null && p.integer("initialDelaySeconds") != null) {
                return p.integer("initialDelaySeconds") + (p.integer("periodSeconds") == null ? 10 : p.integer("periodSeconds"));
            }
        }
        return null;
    }
}
