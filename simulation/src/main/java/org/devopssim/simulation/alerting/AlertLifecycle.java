package org.devopssim.simulation.alerting;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.devopssim.simulation.events.Severity;

/**
 * The Prometheus alert state machine, one entry per alert name and node: the condition starts to
 * hold (pending), holds for the for-duration (firing), stops holding (resolved, or silently dropped
 * if it never fired). An alert that is not observed in a second counts as not holding, so alerts of
 * removed rules or nodes resolve instead of firing forever. Insertion-ordered, so deterministic.
 */
final class AlertLifecycle {

    /** A live (pending or firing) alert; mutable, owned by the simulation thread. */
    static final class Live {
        final String name;
        final String nodeId;
        final String source;
        final long since;
        Severity severity;
        long firingSince = -1;
        double value;
        String summary;
        /** A firing notification went out, so the resolution is announced too. */
        boolean notified;
        boolean seen;

        Live(Observation o, long second) {
            this.name = o.name();
            this.nodeId = o.nodeId();
            this.source = o.source();
            this.since = second;
        }

        boolean firing() {
            return firingSince >= 0;
        }

        Alert toAlert(boolean silenced) {
            return new Alert(name, nodeId, severity, source, firing() ? AlertState.FIRING : AlertState.PENDING, since,
                    firing() ? firingSince : null, null, value, summary, silenced);
        }

        Alert resolved(long at) {
            return new Alert(name, nodeId, severity, source, AlertState.RESOLVED, since, firingSince, at, value,
                    summary, false);
        }
    }

    /** A change of state this second: {@code to} is FIRING or RESOLVED. */
    record Transition(Live alert, AlertState to) {
    }

    private final Map<String, Live> live = new LinkedHashMap<>();

    /** Applies one second of observations and returns the firing and resolved transitions. */
    List<Transition> step(long second, List<Observation> observations) {
        List<Transition> transitions = new ArrayList<>();
        for (Live a : live.values()) {
            a.seen = false;
        }
        for (Observation o : observations) {
            if (!o.holds()) {
                continue;
            }
            Live a = live.get(o.key());
            if (a == null) {
                a = new Live(o, second);
                live.put(o.key(), a);
            }
            a.seen = true;
            a.severity = o.severity();
            a.value = o.value();
            a.summary = o.summary();
            if (!a.firing() && second - a.since >= o.forSeconds()) {
                a.firingSince = second;
                transitions.add(new Transition(a, AlertState.FIRING));
            }
        }
        for (Iterator<Live> it = live.values().iterator(); it.hasNext(); ) {
            Live a = it.next();
            if (!a.seen) {
                it.remove();
                if (a.firing()) {
                    transitions.add(new Transition(a, AlertState.RESOLVED));
                }
            }
        }
        return transitions;
    }

    /** The pending and firing alerts, oldest first. */
    List<Alert> current(long second, BiPredicate<String, String> muted) {
        List<Alert> list = new ArrayList<>(live.size());
        for (Live a : live.values()) {
            list.add(a.toAlert(muted.test(a.name, a.nodeId)));
        }
        return List.copyOf(list);
    }

    Iterable<Live> live() {
        return live.values();
    }
}
