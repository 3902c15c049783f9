package org.devopssim.simulation.imports.kubernetes;

import org.devopssim.simulation.imports.ImportException;
import org.devopssim.simulation.imports.ImportLog;
import org.devopssim.simulation.imports.yaml.YamlMap;

/**
 * A HorizontalPodAutoscaler of any served version: {@code autoscaling/v1}
 * ({@code targetCPUUtilizationPercentage}, 80 when absent), {@code v2beta1}
 * ({@code metrics[].resource.targetAverageUtilization}) and {@code v2beta2}/{@code v2}
 * ({@code metrics[].resource.target.averageUtilization}). The simulator scales on utilisation of
 * the service's capacity, which stands for CPU; a memory target is used when it is the only one,
 * other metrics are reported and replaced by Kubernetes' default of 80% CPU.
 */
record HorizontalAutoscaler(String targetKind, String targetName, int min, int max, double target, String metric) {

    static final int DEFAULT_TARGET_PERCENT = 80;

    static HorizontalAutoscaler read(ManifestObject o, ImportLog log) throws ImportException {
        YamlMap spec = o.body().map("spec");
        if (spec == null) {
            throw new ImportException(o.origin(), "expected 'spec' in HorizontalPodAutoscaler '" + o.name() + "'");
        }
        YamlMap ref = spec.map("scaleTargetRef");
        if (ref == null) {
            throw new ImportException(spec.origin(), "expected 'scaleTargetRef' in HorizontalPodAutoscaler '" + o.name() + "'");
        }
        String kind = ref.requireString("kind", "the kind of the scaled workload");
        String name = ref.requireString("name", "the name of the scaled workload");
        Integer max = spec.integer("maxReplicas");
        if (max == null) {
            throw new ImportException(spec.origin(), "expected 'maxReplicas' in HorizontalPodAutoscaler '" + o.name() + "'");
        }
        int min = spec.integer("minReplicas") == null ? 1 : spec.integer("minReplicas");
        if (min < 1 || max < min) {
            throw new ImportException(spec.originOf("maxReplicas"), "expected 1 <= minReplicas <= maxReplicas, got " + min + " and " + max);
        }
        Integer cpu = null;
        Integer memory = null;
        if (spec.has("targetCPUUtilizationPercentage")) {
            cpu = spec.integer("targetCPUUtilizationPercentage");
        }
        for (YamlMap m : spec.maps("metrics")) {
            String type = m.string("type");
            YamlMap resource = m.map("resource") != null ? m.map("resource") : m.map("containerResource");
            if (resource == null) {
                log.warn(m.origin(), "HorizontalPodAutoscaler '" + o.name() + "' scales on a " + type
                        + " metric, which the simulator does not have; ignored");
                continue;
            }
            Integer utilization = resource.integer("targetAverageUtilization");
            YamlMap target = resource.map("target");
            if (target != null) {
                utilization = target.integer("averageUtilization");
                if (utilization == null) {
                    log.warn(target.origin(), "HorizontalPodAutoscaler '" + o.name() + "' targets an absolute "
                            + resource.string("name") + " value; only utilisation targets are simulated");
                    continue;
                }
            }
            if ("cpu".equals(resource.string("name"))) {
                cpu = utilization;
            } else if ("memory".equals(resource.string("name"))) {
                memory = utilization;
            }
        }
        if (spec.has("behavior")) {
            log.note(spec.originOf("behavior"), "HorizontalPodAutoscaler '" + o.name()
                    + "': scaling behavior read; the simulator uses the HPA defaults (15 s sync, 5 min scale-down window)");
        }
        String metric;
        int percent;
        if (cpu != null) {
            percent = cpu;
            metric = "CPU";
        } else if (memory != null) {
            percent = memory;
            metric = "memory";
            log.warn(o.origin(), "HorizontalPodAutoscaler '" + o.name() + "' scales on memory; simulated as utilisation of capacity");
        } else {
            percent = DEFAULT_TARGET_PERCENT;
            metric = "CPU (default)";
            if (!spec.maps("metrics").isEmpty()) {
                log.warn(o.origin(), "HorizontalPodAutoscaler '" + o.name() + "' has no CPU or memory utilisation target; "
                        + DEFAULT_TARGET_PERCENT + "% assumed");
            }
        }
        if (percent < 1 || percent > 100) {
            log.warn(o.origin(), "HorizontalPodAutoscaler '" + o.name() + "' targets " + percent
                    + "%; the simulator takes targets from 1% to 100%, clamped");
            percent = Math.clamp(percent, 1, 100);
        }
        return new HorizontalAutoscaler(kind, name, min, max, percent / 100.0, metric);
    }
}
