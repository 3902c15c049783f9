package org.devopssim.simulation.engine;

/**
 * The chaos catalogue: things that go wrong, injected by the user or a scenario. Each names its
 * target (null means the obvious default: the first node of the kind it applies to) and lasts
 * {@code durationSeconds}, or until fixed (null) by an operator action or {@link Action.ClearFault}.
 */
public sealed interface Fault extends Action {

    String target();

    /** Seconds the fault lasts; null until fixed. */
    Integer durationSeconds();

    /** Instances of a service die; an orchestrator restarts them after their boot time. */
    record InstanceCrash(String target, int count) implements Fault {
        public InstanceCrash {
            count = count <= 0 ? 1 : count;
        }

        public String actionName() {
            return "instance-crash";
        }

        public Integer durationSeconds() {
            return null;
        }
    }

    /** One availability zone of a region goes dark: its share of every node's instances is lost. */
    record ZoneOutage(String target, Integer durationSeconds) implements Fault {
        public String actionName() {
            return "zone-outage";
        }
    }

    /** A whole region (or a whole local machine) is down. */
    record RegionOutage(String target, Integer durationSeconds) implements Fault {
        public String actionName() {
            return "region-outage";
        }
    }

    /** Extra latency on every link into or out of a region. */
    record NetworkLatency(String target, double extraMs, Integer durationSeconds) implements Fault {
        public NetworkLatency {
            extraMs = extraMs <= 0 ? 200 : extraMs;
        }

        public String actionName() {
            return "network-latency";
        }
    }

    /** Two regions cannot reach each other: requests and replication between them fail. */
    record NetworkPartition(String target, String otherRegion, Integer durationSeconds) implements Fault {
        public String actionName() {
            return "network-partition";
        }
    }

    /** The PostgreSQL primary crashes; automatic failover promotes a replica where configured. */
    record DbPrimaryCrash(String target, Integer durationSeconds) implements Fault {
        public String actionName() {
            return "db-primary-crash";
        }
    }

    /** A replica applies its leader's writes at only {@code applyFactor} of its normal rate. */
    record ReplicaLag(String target, double applyFactor, Integer durationSeconds) implements Fault {
        public ReplicaLag {
            applyFactor = applyFactor <= 0 || applyFactor > 1 ? 0.1 : applyFactor;
        }

        public String actionName() {
            return "replica-lag";
        }
    }

    /** Redis is down: cache misses go to the database, sessions are lost and logins fail. */
    record RedisDown(String target, Integer durationSeconds) implements Fault {
        public String actionName() {
            return "redis-down";
        }
    }

    /** Kafka brokers are down: fewer partitions are served, consumers fall behind. */
    record KafkaBrokerDown(String target, int brokers, Integer durationSeconds) implements Fault {
        public KafkaBrokerDown {
            brokers = brokers <= 0 ? 1 : brokers;
        }

        public String actionName() {
            return "kafka-broker-down";
        }
    }

    /** A node's disk fills at {@code percentPerMinute}; at 100% it stops serving. */
    record DiskFill(String target, double percentPerMinute, Integer durationSeconds) implements Fault {
        public DiskFill {
            percentPerMinute = percentPerMinute <= 0 ? 5 : percentPerMinute;
        }

        public String actionName() {
            return "disk-fill";
        }
    }

    /** A service leaks memory at {@code percentPerMinute}; at 100% its instances are OOM-killed. */
    record MemoryLeak(String target, double percentPerMinute, Integer durationSeconds) implements Fault {
        public MemoryLeak {
            percentPerMinute = percentPerMinute <= 0 ? 5 : percentPerMinute;
        }

        public String actionName() {
            return "memory-leak";
        }
    }

    /** Something eats {@code percent} of a node's CPU, and as much of its capacity. */
    record CpuHog(String target, double percent, Integer durationSeconds) implements Fault {
        public CpuHog {
            percent = percent <= 0 ? 60 : Math.min(100, percent);
        }

        public String actionName() {
            return "cpu-hog";
        }
    }

    /** The running version of a service turns bad: extra errors and slower responses. */
    record BadRelease(String target, double errorRatePercent, double latencyFactor, Integer durationSeconds)
            implements Fault {
        public BadRelease {
            errorRatePercent = errorRatePercent <= 0 && latencyFactor <= 0 ? 10 : Math.min(100, errorRatePercent);
            latencyFactor = latencyFactor <= 0 ? 1 : latencyFactor;
        }

        public String actionName() {
            return "bad-release";
        }
    }

    /** A node answers {@code factor} times slower than usual. */
    record SlowDependency(String target, double factor, Integer durationSeconds) implements Fault {
        public SlowDependency {
            factor = factor <= 1 ? 5 : factor;
        }

        public String actionName() {
            return "slow-dependency";
        }
    }

    /** A balancer's TLS certificate expired: every HTTPS request through it fails. */
    record TlsCertExpired(String target, Integer durationSeconds) implements Fault {
        public String actionName() {
            return "tls-cert-expired";
        }
    }

    /** A flash crowd: traffic from the target source (or every source) times {@code factor}. */
    record TrafficSpike(String target, double factor, Integer durationSeconds) implements Fault {
        public TrafficSpike {
            factor = factor <= 0 ? 3 : factor;
            durationSeconds = durationSeconds == null ? 600 : durationSeconds;
        }

        public String actionName() {
            return "traffic-spike";
        }
    }
}
