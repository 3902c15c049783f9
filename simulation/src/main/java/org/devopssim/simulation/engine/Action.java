package org.devopssim.simulation.engine;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.devopssim.simulation.model.Autoscaling;
import org.devopssim.simulation.model.Delivery;

/**
 * Something a user (or a scenario) does to the running system: a {@link Fault} or an operator
 * action. Actions are applied by the simulation thread at a second's boundary and recorded with
 * that second, so a run can be replayed exactly. Each has one kebab-case name used by the UI,
 * scenario timelines, recorded runs and the command line. A null target means the first node of
 * the kind the action applies to.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "action")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Fault.InstanceCrash.class, name = "instance-crash"),
        @JsonSubTypes.Type(value = Fault.ZoneOutage.class, name = "zone-outage"),
        @JsonSubTypes.Type(value = Fault.RegionOutage.class, name = "region-outage"),
        @JsonSubTypes.Type(value = Fault.NetworkLatency.class, name = "network-latency"),
        @JsonSubTypes.Type(value = Fault.NetworkPartition.class, name = "network-partition"),
        @JsonSubTypes.Type(value = Fault.DbPrimaryCrash.class, name = "db-primary-crash"),
        @JsonSubTypes.Type(value = Fault.ReplicaLag.class, name = "replica-lag"),
        @JsonSubTypes.Type(value = Fault.RedisDown.class, name = "redis-down"),
        @JsonSubTypes.Type(value = Fault.KafkaBrokerDown.class, name = "kafka-broker-down"),
        @JsonSubTypes.Type(value = Fault.DiskFill.class, name = "disk-fill"),
        @JsonSubTypes.Type(value = Fault.MemoryLeak.class, name = "memory-leak"),
        @JsonSubTypes.Type(value = Fault.CpuHog.class, name = "cpu-hog"),
        @JsonSubTypes.Type(value = Fault.BadRelease.class, name = "bad-release"),
        @JsonSubTypes.Type(value = Fault.SlowDependency.class, name = "slow-dependency"),
        @JsonSubTypes.Type(value = Fault.TlsCertExpired.class, name = "tls-cert-expired"),
        @JsonSubTypes.Type(value = Fault.TrafficSpike.class, name = "traffic-spike"),
        @JsonSubTypes.Type(value = Action.Scale.class, name = "scale"),
        @JsonSubTypes.Type(value = Action.Failover.class, name = "failover"),
        @JsonSubTypes.Type(value = Action.Deploy.class, name = "deploy"),
        @JsonSubTypes.Type(value = Action.Rollback.class, name = "rollback"),
        @JsonSubTypes.Type(value = Action.RestoreBackup.class, name = "restore-backup"),
        @JsonSubTypes.Type(value = Action.SetPolicy.class, name = "set-policy"),
        @JsonSubTypes.Type(value = Action.ClearFault.class, name = "clear-fault"),
        @JsonSubTypes.Type(value = Action.Harden.class, name = "harden"),
        @JsonSubTypes.Type(value = Action.CodeChange.class, name = "code-change"),
        @JsonSubTypes.Type(value = Action.Commit.class, name = "commit"),
        @JsonSubTypes.Type(value = Action.Approve.class, name = "approve"),
        @JsonSubTypes.Type(value = Action.SetFeature.class, name = "set-feature")
})
public sealed interface Action permits Fault, Action.Scale, Action.Failover, Action.Deploy, Action.Rollback,
        Action.RestoreBackup, Action.SetPolicy, Action.ClearFault, Action.Harden, Action.CodeChange, Action.Commit,
        Action.Approve, Action.SetFeature {

    @com.fasterxml.jackson.annotation.JsonIgnore
    String actionName();

    /** Sets a service's instance count; new instances take their boot time to serve. */
    record Scale(String target, int instances) implements Action {
        public Scale {
            if (instances < 0) {
                throw new IllegalArgumentException("instances must be >= 0: " + instances);
            }
        }

        @Override
        public String actionName() {
            return "scale";
        }
    }

    /** Promotes a replica (the target, or the first healthy one) to primary by hand. */
    record Failover(String target) implements Action {
        @Override
        public String actionName() {
            return "failover";
        }
    }

    /**
     * Rolls out a new version of a service with a strategy (null: the topology's). The version's
     * quality is what the instructor planted: extra error rate and latency factor (0 and 1 when
     * the release is good).
     */
    record Deploy(String target, String version, Delivery.Strategy strategy, double errorRatePercent,
                  double latencyFactor) implements Action {
        public Deploy {
            version = version == null || version.isBlank() ? "v2" : version;
            latencyFactor = latencyFactor <= 0 ? 1 : latencyFactor;
            if (errorRatePercent < 0 || errorRatePercent > 100) {
                throw new IllegalArgumentException("errorRatePercent must be from 0 to 100: " + errorRatePercent);
            }
        }

        @Override
        public String actionName() {
            return "deploy";
        }
    }

    /** Takes a service back to its previous version. */
    record Rollback(String target) implements Action {
        @Override
        public String actionName() {
            return "rollback";
        }
    }

    /** Restores a database from its newest backup: down while restoring, writes since the backup lost. */
    record RestoreBackup(String target) implements Action {
        @Override
        public String actionName() {
            return "restore-backup";
        }
    }

    /** Changes a service's autoscaling policy. */
    record SetPolicy(String target, Autoscaling autoscaling) implements Action {
        @Override
        public String actionName() {
            return "set-policy";
        }
    }

    /** Ends faults on a node: one kind by its action name, or all of them when {@code fault} is null. */
    record ClearFault(String target, String fault) implements Action {
        @Override
        public String actionName() {
            return "clear-fault";
        }
    }

    /**
     * Fixes a security finding of the posture audit by its check name ({@code debug-endpoints},
     * {@code plaintext-credentials}, {@code cors}, {@code tls}, {@code debug-port}, ...): on the
     * target node, or wherever the check finds it when the target is null.
     */
    record Harden(String target, String check) implements Action {
        @Override
        public String actionName() {
            return "harden";
        }
    }

    /**
     * A developer changes a service's code. In Development, hot reload rebuilds and restarts it
     * and runs the unit tests; everywhere the change waits for the next {@link Commit}.
     *
     * @param sizeLines          lines changed: builds take longer and tests fail more with size
     * @param risk               0..1: how likely the change breaks a test by accident
     * @param defect             a hidden defect the instructor planted, and which tests can see it
     * @param defectErrorPercent the errors the defect causes in production if it gets there
     */
    record CodeChange(String target, int sizeLines, double risk, Defect defect, double defectErrorPercent)
            implements Action {
        public CodeChange {
            sizeLines = sizeLines <= 0 ? 50 : sizeLines;
            if (risk < 0 || risk > 1) {
                throw new IllegalArgumentException("risk must be from 0 to 1: " + risk);
            }
            defect = defect == null ? Defect.NONE : defect;
            defectErrorPercent = defect != Defect.NONE && defectErrorPercent <= 0 ? 10 : defectErrorPercent;
        }

        @Override
        public String actionName() {
            return "code-change";
        }
    }

    /** Which tests can find a planted defect: unit tests, only integration tests, or none at all. */
    enum Defect {
        @com.fasterxml.jackson.annotation.JsonProperty("none") NONE,
        @com.fasterxml.jackson.annotation.JsonProperty("unit") CAUGHT_BY_UNIT_TESTS,
        @com.fasterxml.jackson.annotation.JsonProperty("integration") CAUGHT_BY_INTEGRATION_TESTS,
        @com.fasterxml.jackson.annotation.JsonProperty("hidden") MISSED_BY_TESTS
    }

    /** Commit and push the pending changes: the delivery pipeline starts. */
    record Commit(String target, String message) implements Action {
        @Override
        public String actionName() {
            return "commit";
        }
    }

    /** Approves the pipeline waiting at its manual approval gate. */
    record Approve(String target) implements Action {
        @Override
        public String actionName() {
            return "approve";
        }
    }

    /**
     * Switches an experimental capability ({@link Feature}, by its kebab-case name) off or on from
     * the next second; recorded like every action, so a run with it switched off replays exactly.
     */
    record SetFeature(String feature, boolean enabled) implements Action {
        public SetFeature {
            Feature.of(feature);
        }

        @Override
        public String actionName() {
            return "set-feature";
        }
    }
}
