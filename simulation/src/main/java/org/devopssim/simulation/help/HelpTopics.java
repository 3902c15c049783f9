package org.devopssim.simulation.help;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.devopssim.simulation.engine.Action;
import org.devopssim.simulation.metrics.Metric;
import org.devopssim.simulation.model.Autoscaling;
import org.devopssim.simulation.model.Delivery;
import org.devopssim.simulation.model.LoadBalancer;
import org.devopssim.simulation.model.NodeKind;

/**
 * The glossary ids of the things the app shows, by the names files and the engine use, so every
 * view asks for an explanation the same way (and a test can demand one for each).
 */
public final class HelpTopics {

    private HelpTopics() {
    }

    public static String kind(NodeKind kind) {
        return "kind:" + kind.wireName();
    }

    /** {@code LATENCY_P95} is {@code metric:latency-p95}, as rule files name it. */
    public static String metric(Metric metric) {
        return "metric:" + metric.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A fault by its action name is {@code fault:...}; any other action is {@code action:...}. */
    public static String action(String actionName) {
        return (isFault(actionName) ? "fault:" : "action:") + actionName;
    }

    public static String policy(Autoscaling.Policy policy) {
        return "policy:" + wireName(policy);
    }

    public static String strategy(Delivery.Strategy strategy) {
        return "strategy:" + wireName(strategy);
    }

    public static String rollback(Delivery.Rollback rollback) {
        return "rollback:" + wireName(rollback);
    }

    public static String balancer(LoadBalancer.Policy policy) {
        return "balancer:" + wireName(policy);
    }

    /** Anomaly alerts are named per metric, {@code Anomaly(latency-p95)}: they share one entry. */
    public static String alert(String alertName) {
        int paren = alertName.indexOf('(');
        return "alert:" + (paren > 0 ? alertName.substring(0, paren) : alertName);
    }

    /** Every action name, faults first, as the JSON of scenarios and recorded runs spells it. */
    public static List<String> actionNames() {
        List<String> names = new ArrayList<>();
        for (JsonSubTypes.Type t : Action.class.getAnnotation(JsonSubTypes.class).value()) {
            names.add(t.name());
        }
        return names;
    }

    private static boolean isFault(String actionName) {
        for (JsonSubTypes.Type t : Action.class.getAnnotation(JsonSubTypes.class).value()) {
            if (t.name().equals(actionName)) {
                return org.devopssim.simulation.engine.Fault.class.isAssignableFrom(t.value());
            }
        }
        return false;
    }

    /** The name an enum constant has in files (its {@code @JsonProperty}). */
    static String wireName(Enum<?> constant) {
        try {
            JsonProperty p = constant.getDeclaringClass().getField(constant.name()).getAnnotation(JsonProperty.class);
            return p != null ? p.value() : constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }
}
