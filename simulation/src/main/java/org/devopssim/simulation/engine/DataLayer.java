package org.devopssim.simulation.engine;

import org.devopssim.simulation.events.Severity;
import org.devopssim.simulation.events.SimEvent;
import org.devopssim.simulation.model.Mode;
import org.devopssim.simulation.model.PostgresNode;
import org.devopssim.simulation.model.PostgresNode.Backup;

/**
 * Failover and backups of the PostgreSQL tier. Automatic failover (all modes but Development,
 * whose single local database has nothing to fail over to) promotes the replica with the least
 * unapplied writes after detection plus promotion time; the writes it had not applied are lost,
 * so the recovery point is the replication lag at the crash. Backups bound what a restore loses.
 */
public final class DataLayer {

    /** Three missed health checks ten seconds apart. */
    static final int DETECTION_SECONDS = 30;
    static final int PROMOTION_SECONDS = 15;
    /** Local time of the daily backup. */
    static final int DAILY_BACKUP_HOUR = 2;
    /** Point-in-time recovery from archived WAL lags by about this much. */
    static final int CONTINUOUS_BACKUP_LAG_SECONDS = 5;
    static final int RESTORE_SECONDS = 600;

    /** What a failover or a restore cost, for the event log and tests. */
    public record Recovery(String nodeId, String kind, double writesLost, double rpoSeconds, double rtoSeconds) {
    }

    private final Simulation sim;
    private final java.util.List<Recovery> recoveries = new java.util.ArrayList<>();
    private final long[] lastBackup;
    private final long[] crashedAt;
    /** Request links moved off a down multi-master member: link -> the member it belongs to. */
    private final java.util.TreeMap<Integer, Integer> redirected = new java.util.TreeMap<>();
    /** Indices of the PostgreSQL nodes: the only ones this looks at every second. */
    private final int[] databases;
    /** Per follower: what it never received from a crashed leader, in writes and seconds of lag. */
    private final double[] lostWrites;
    private final double[] lostSeconds;

    DataLayer(Simulation sim) {
        this.sim = sim;
        this.lastBackup = new long[sim.nodeCount()];
        this.crashedAt = new long[sim.nodeCount()];
        this.databases = java.util.stream.IntStream.range(0, sim.nodeCount())
                .filter(i -> sim.spec(i) instanceof PostgresNode).toArray();
        this.lostWrites = new double[sim.nodeCount()];
        this.lostSeconds = new double[sim.nodeCount()];
        java.util.Arrays.fill(crashedAt, -1);
        // Every database starts freshly backed up, except those with no backup at all.
        for (int i = 0; i < sim.nodeCount(); i++) {
            lastBackup[i] = sim.spec(i) instanceof PostgresNode p && p.backup() == Backup.NONE ? Long.MIN_VALUE : 0;
        }
    }

    java.util.List<Recovery> recoveries() {
        return java.util.List.copyOf(recoveries);
    }

    /**
     * The primary went down: the writes its followers had not received yet are gone with it (the
     * asynchronous replication's window); start the failover clock if the mode fails over by itself.
     */
    void primaryCrashed(int primary) {
        crashedAt[primary] = sim.second();
        if (sim.states().role[primary] == PostgresNode.Role.MULTI_MASTER) {
            memberCrashed(primary);
            return;
        }
        for (int f : followers(primary)) {
            NodeStates nodes = sim.states();
            lostWrites[f] = nodes.replicationBacklog[f];
            lostSeconds[f] = nodes.replicationLag[f];
            nodes.replicationBacklog[f] = 0;
            nodes.replicationLag[f] = 0;
        }
        if (sim.topology().mode() == Mode.DEVELOPMENT || followers(primary).length == 0) {
            sim.log().append(new SimEvent(sim.second(), Severity.CRITICAL, sim.spec(primary).id(), "db-down",
                    sim.spec(primary).id() + " is down and nothing takes over: writes fail until it is repaired"));
            return;
        }
        long at = (sim.second() + DETECTION_SECONDS + PROMOTION_SECONDS) * 1000;
        sim.schedule(at, t -> {
            if (sim.states().role[primary] == PostgresNode.Role.PRIMARY && sim.faultsOn(primary, Fault.DbPrimaryCrash.class)) {
                promote(primary, bestFollower(primary), "automatic failover");
            }
        });
        sim.log().append(new SimEvent(sim.second(), Severity.CRITICAL, sim.spec(primary).id(), "db-down",
                "%s is down; failover in %d s (detection %d s + promotion %d s)".formatted(sim.spec(primary).id(),
                        DETECTION_SECONDS + PROMOTION_SECONDS, DETECTION_SECONDS, PROMOTION_SECONDS)));
    }

    /**
     * A multi-master member is down: once the health checks notice, its clients' connections move
     * to a healthy peer (any member takes writes); they move back when it is repaired.
     */
    private void memberCrashed(int member) {
        sim.log().append(new SimEvent(sim.second(), Severity.CRITICAL, sim.spec(member).id(), "db-down",
                "%s is down; its clients move to another cluster member in %d s".formatted(sim.spec(member).id(),
                        DETECTION_SECONDS)));
        sim.schedule((sim.second() + DETECTION_SECONDS) * 1000, t -> {
            int peer = healthyPeer(member);
            if (peer < 0 || !sim.faultsOn(member, Fault.DbPrimaryCrash.class)) {
                return;
            }
            int moved = 0;
            for (int l = 0; l < sim.linkCount(); l++) {
                if (sim.linkTarget(l) == member && sim.carriesRequests(l)) {
                    sim.retarget(l, peer);
                    redirected.put(l, member);
                    moved++;
                }
            }
            sim.log().append(new SimEvent(sim.second(), Severity.WARNING, sim.spec(member).id(), "failover",
                    "multi-master: %d client connection(s) of %s moved to %s".formatted(moved, sim.spec(member).id(),
                            sim.spec(peer).id())));
        });
    }

    private int healthyPeer(int member) {
        for (int[] pair : sim.replicationPairs()) {
            int peer = pair[0] == member ? pair[1] : pair[1] == member ? pair[0] : -1;
            if (peer >= 0 && sim.states().capacityRps(peer) > 0) {
                return peer;
            }
        }
        return -1;
    }

    /** Connections moved off a repaired member go back to it. */
    private void returnRedirected() {
        if (redirected.isEmpty()) {
            return;
        }
        for (var it = redirected.entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            int member = e.getValue();
            if (!sim.faultsOn(member, Fault.DbPrimaryCrash.class)) {
                sim.retarget(e.getKey(), member);
                it.remove();
            }
        }
    }

    /** Manual failover: promote the given replica, or the best follower of the first primary. */
    void manualFailover(Integer replica) {
        int primary = -1;
        for (int i = 0; i < sim.nodeCount(); i++) {
            if (sim.states().role[i] == PostgresNode.Role.PRIMARY) {
                primary = i;
                break;
            }
        }
        if (primary < 0) {
            throw new IllegalArgumentException("no PostgreSQL primary to fail over from");
        }
        int chosen = replica != null ? replica : bestFollower(primary);
        if (chosen < 0 || sim.states().role[chosen] != PostgresNode.Role.REPLICA) {
            throw new IllegalArgumentException("no replica to promote");
        }
        promote(primary, chosen, "manual failover");
    }

    private int[] followers(int leader) {
        return java.util.Arrays.stream(sim.replicationPairs()).filter(p -> p[0] == leader).mapToInt(p -> p[1]).toArray();
    }

    private int bestFollower(int leader) {
        int best = -1;
        for (int f : followers(leader)) {
            NodeStates nodes = sim.states();
            if (nodes.capacityRps(f) > 0 && (best < 0 || nodes.replicationBacklog[f] + lostWrites[f]
                    < sim.states().replicationBacklog[best] + lostWrites[best])) {
                best = f;
            }
        }
        return best;
    }

    private void promote(int oldPrimary, int replica, String how) {
        if (replica < 0) {
            sim.log().append(new SimEvent(sim.second(), Severity.CRITICAL, sim.spec(oldPrimary).id(), "failover-failed",
                    "no healthy replica to promote; writes keep failing"));
            return;
        }
        NodeStates nodes = sim.states();
        // A manual failover from a live primary loses what was in flight; after a crash, what was lost then.
        double lost = nodes.replicationBacklog[replica] + lostWrites[replica];
        double rpo = nodes.replicationLag[replica] + lostSeconds[replica];
        lostWrites[replica] = 0;
        lostSeconds[replica] = 0;
        double rto = crashedAt[oldPrimary] >= 0 ? sim.second() - crashedAt[oldPrimary] : 0;
        nodes.role[replica] = PostgresNode.Role.PRIMARY;
        nodes.replicationBacklog[replica] = 0;
        nodes.replicationLag[replica] = 0;
        sim.states().role[oldPrimary] = PostgresNode.Role.REPLICA;
        for (int[] pair : sim.replicationPairs()) {
            if (pair[0] == oldPrimary && pair[1] == replica) {
                pair[0] = replica;
                pair[1] = oldPrimary;
            } else if (pair[0] == oldPrimary) {
                pair[0] = replica;
            }
        }
        recoveries.add(new Recovery(sim.spec(replica).id(), "failover", lost, rpo, rto));
        sim.log().append(new SimEvent(sim.second(), Severity.WARNING, sim.spec(replica).id(), "failover",
                "%s: %s promoted to primary after %.0f s; %.0f unreplicated writes lost (RPO %.1f s)"
                        .formatted(how, sim.spec(replica).id(), rto, lost, rpo)));
    }

    /** Daily backups at 02:00 local time. */
    void everySecond() {
        returnRedirected();
        // Daily backups start on a local full hour, and every zone is a whole or half hour off UTC.
        if (sim.epochSecond() % 1800 != 0) {
            return;
        }
        for (int i : databases) {
            long localSecond = Math.floorMod(sim.epochSecond() + (long) (sim.utcOffsetHours(i) * 3600), 86_400L);
            if (sim.spec(i) instanceof PostgresNode p && p.backup() == Backup.DAILY && sim.states().capacityRps(i) > 0
                    && localSecond == DAILY_BACKUP_HOUR * 3600L) {
                lastBackup[i] = sim.second();
                sim.log().append(new SimEvent(sim.second(), Severity.INFO, p.id(), "backup-completed",
                        p.id() + ": daily backup completed" + (p.geoRedundantBackup() ? " (geo-redundant)" : "")));
            }
        }
    }

    /** When the newest backup of a database was taken; continuous archiving is always a few seconds behind. */
    private long lastBackup(int db) {
        if (sim.spec(db) instanceof PostgresNode p && p.backup() == Backup.CONTINUOUS) {
            return Math.max(0, sim.second() - CONTINUOUS_BACKUP_LAG_SECONDS);
        }
        return lastBackup[db];
    }

    /** Restores a database from its newest backup: down for the restore, writes since the backup lost. */
    void restore(int db, double writeRate) {
        if (!(sim.spec(db) instanceof PostgresNode p)) {
            throw new IllegalArgumentException(sim.spec(db).id() + " is not a database");
        }
        if (lastBackup[db] == Long.MIN_VALUE) {
            throw new IllegalArgumentException(p.id() + " has no backup to restore (backup: none)");
        }
        long since = sim.second() - lastBackup(db);
        double lost = since * writeRate;
        recoveries.add(new Recovery(p.id(), "restore", lost, since, RESTORE_SECONDS));
        sim.takeDown(db, RESTORE_SECONDS, "restoring from backup");
        sim.log().append(new SimEvent(sim.second(), Severity.WARNING, p.id(), "restore-started",
                "%s: restoring the %s backup taken %s ago; about %.0f writes since then are lost (RPO %d s, RTO %d s)"
                        .formatted(p.id(), p.backup().name().toLowerCase(), clock(since), lost, since, RESTORE_SECONDS)));
    }

    private static String clock(long seconds) {
        return "%dh %02dm %02ds".formatted(seconds / 3600, seconds % 3600 / 60, seconds % 60);
    }
}
