package org.devopssim.simulation.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.devopssim.simulation.logs.LogLevel;
import org.devopssim.simulation.logs.LogStream;
import org.devopssim.simulation.model.AppService;
import org.devopssim.simulation.model.AuthService;
import org.devopssim.simulation.model.KafkaNode;
import org.devopssim.simulation.model.LoadBalancer;
import org.devopssim.simulation.model.MonitoringNode;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.model.PostgresNode;
import org.devopssim.simulation.model.RedisNode;

/**
 * The log lines the components write each second, from their state: access and request lines
 * with the traffic, periodic housekeeping (checkpoints, snapshots, segment rolls), start-up lines
 * when instances come up, and warnings and errors when something is wrong (a dependency refusing
 * connections, timeouts, a full disk, a heap running out, an expired certificate, ...).
 *
 * <p>Bounded cost and memory on any fleet. How many times a message occurs is a rate from the
 * state, rounded stochastically; informational lines are written every {@link #INFO_PERIOD}
 * seconds per node (staggered) with the period's count. At most {@link #RENDER_BUDGET} lines a
 * second are rendered as text, the most severe first; lines of a level only partly rendered are
 * sampled evenly and weighted so that their counts still add up. Its own random generator, so the
 * simulation's figures are the same with or without logs. Simulation thread only.
 */
final class NodeLogs {

    static final int INFO_PERIOD = 10;
    static final int RENDER_BUDGET = 120;
    private static final int LEVELS = LogLevel.values().length;
    private static final String[] PATHS = {"/api/orders", "/api/products", "/api/cart", "/api/users/me", "/api/search",
            "/api/recommendations"};
    private static final String[] METHODS = {"GET", "GET", "GET", "POST", "GET", "GET"};

    private final FlowGraph graph;
    private final NodeStates state;
    private final LogStream stream = new LogStream();
    private final SplittableRandom random;
    private final boolean[] wasDown;
    private final int[] lastReady;
    private final PostgresNode.Role[] lastRole;
    private final boolean[] hadKafkaFault;
    private final String[] address;
    /** Per node, the node it replicates from (-1 when none): a replica logs when it cannot reach it. */
    private final int[] leaderOf;
    /** The run's leader/follower pairs, which a failover turns around. */
    private final int[][] replication;
    private final boolean logAnalysis;
    /**
     * Per node, what its callers should log about it: {@link #FINE}, or bits for unreachable, slow
     * and out of disk. Set as the engine's pass reaches the node, so a caller numbered after its
     * dependency reads this second's flag and one numbered before reads the previous second's (a
     * second late). Keeps the common case, nothing wrong, to one byte a call.
     */
    private final byte[] trouble;
    /** How many entries of {@link #trouble} are not {@link #FINE}: with none, no dependency needs looking at. */
    private int troubled;
    /** Whether a link is broken or slowed enough for its callers to log about it this second. */
    private boolean linksAbnormal;
    /**
     * Per node, the next second at which one of its scheduled lines (the periodic informational
     * lines, checkpoints, snapshots, segment rolls) is due. Until then a node in a state that
     * writes nothing is skipped after a few comparisons: most nodes, most seconds.
     */
    private final long[] nextDue;
    private long lastSecond = Long.MIN_VALUE;
    /**
     * Per node, its kind as a small number: the per-second pass reads no node records. Not the flow
     * graph's {@code NodeKind[]}: a switch over an enum goes through a lookup table, and the quiet
     * test over every node was 4% slower per 10,000-node tick with it (measured 2026-11-27).
     */
    private final byte[] kind;
    private static final byte OTHER = 0;
    private static final byte BALANCER = 1;
    private static final byte SERVICE = 2;
    private static final byte AUTH = 3;
    private static final byte POSTGRES = 4;
    private static final byte REDIS = 5;
    private static final byte KAFKA = 6;
    private static final byte MONITORING = 7;
    private static final byte FINE = 0;
    private static final byte UNREACHABLE = 1;
    private static final byte SLOW = 2;
    private static final byte DISK_FULL = 4;
    // This second's candidate lines, in node order.
    private int count;
    private int[] node = new int[256];
    private int[] peer = new int[256];
    private LogMessage[] message = new LogMessage[256];
    private double[] occurrences = new double[256];
    private final long[] perLevel = new long[LEVELS];
    private final StringBuilder text = new StringBuilder(256);

    NodeLogs(FlowGraph graph, NodeStates state, int[][] replication, long seed, boolean logAnalysis) {
        this.graph = graph;
        this.state = state;
        this.random = new SplittableRandom(seed ^ 0x6c6f675f73747265L);
        int n = state.size();
        this.wasDown = new boolean[n];
        this.lastReady = new int[n];
        this.lastRole = new PostgresNode.Role[n];
        this.hadKafkaFault = new boolean[n];
        this.address = new String[n];
        this.leaderOf = new int[n];
        this.replication = replication;
        for (int i = 0; i < n; i++) {
            lastRole[i] = state.role[i];
            address[i] = "10." + (graph.regionOf[i] + 1 & 255) + "." + (i >> 8 & 255) + "." + (i & 255);
        }
        this.logAnalysis = logAnalysis;
        this.trouble = new byte[n];
        this.nextDue = new long[n];
        this.kind = new byte[n];
        for (int i = 0; i < n; i++) {
            kind[i] = switch (graph.nodes[i]) {
                case LoadBalancer lb -> BALANCER;
                case AppService a -> SERVICE;
                case AuthService a -> AUTH;
                case PostgresNode p -> POSTGRES;
                case RedisNode r -> REDIS;
                case KafkaNode k -> KAFKA;
                case MonitoringNode m -> MONITORING;
                default -> OTHER;
            };
        }
    }

    LogStream stream() {
        return stream;
    }

    /**
     * Starts a second: who follows whom now (a failover turns pairs around), and whether any link
     * is broken or slow.
     */
    void beginSecond(long second, boolean[] linkBroken, double[] linkExtraLatency) {
        count = 0;
        if (second != lastSecond + 1) {
            // Not the next second (the first, or a clock that moved otherwise): every node is due.
            Arrays.fill(nextDue, Long.MIN_VALUE);
        }
        lastSecond = second;
        boolean abnormal = false;
        for (int l = 0; l < linkBroken.length; l++) {
            if (linkBroken[l] || linkExtraLatency[l] > 0.25) {
                abnormal = true;
                break;
            }
        }
        linksAbnormal = abnormal;
        Arrays.fill(leaderOf, -1);
        for (int[] pair : replication) {
            leaderOf[pair[1]] = pair[0];
        }
    }

    /**
     * The lines of every measured node this second, in node order, from its measured state
     * (resources included: the engine measures every node's before the logs). The quiet nodes are
     * passed over here, in the loop; the others are evaluated in full ({@link #evaluate}).
     *
     * @param brokerDown  per node: a broker-down fault is in force on it
     * @param tlsExpired  per node: its certificate expired
     */
    void nodes(long second, boolean[] measured, double[] linkRates, boolean[] linkBroken, double[] linkExtraLatency,
               boolean[] brokerDown, boolean[] tlsExpired) {
        for (int i = 0; i < measured.length; i++) {
            if (!measured[i]) {
                continue;
            }
            byte now = (byte) ((state.capacity[i] <= 0 ? UNREACHABLE : FINE) | (state.p99[i] > 1.0 ? SLOW : FINE)
                    | (state.disk[i] >= 97 ? DISK_FULL : FINE));
            troubled += (now != FINE ? 1 : 0) - (trouble[i] != FINE ? 1 : 0);
            trouble[i] = now;
            if (second < nextDue[i] && quiet(i, now, brokerDown[i])) {
                lastReady[i] = state.ready[i];
            } else {
                evaluate(i, second, linkRates, linkBroken, linkExtraLatency, brokerDown[i], tlsExpired[i]);
            }
        }
    }

    /** A node's lines this second, in full. */
    private void evaluate(int i, long second, double[] linkRates, boolean[] linkBroken, double[] linkExtraLatency,
                          boolean brokerDown, boolean tlsExpired) {
        boolean info = (second + i) % INFO_PERIOD == 0;
        transitions(i, second);
        if (!state.down[i]) {
            switch (kind[i]) {
                case BALANCER -> balancer(i, info, tlsExpired, linkRates, linkBroken);
                case SERVICE -> {
                    service(i, info);
                    dependencies(i, linkRates, linkBroken, linkExtraLatency, false);
                }
                case AUTH -> {
                    auth(i, info);
                    dependencies(i, linkRates, linkBroken, linkExtraLatency, true);
                }
                case POSTGRES -> postgres(i, info, second);
                case REDIS -> redis(i, second);
                case KAFKA -> kafka(i, second, brokerDown);
                case MONITORING -> monitoring(i, (MonitoringNode) graph.nodes[i], second);
                default -> {
                }
            }
        }
        wasDown[i] = state.down[i];
        lastReady[i] = state.ready[i];
        lastRole[i] = state.role[i];
        hadKafkaFault[i] = brokerDown;
        nextDue[i] = nextScheduled(i, second);
    }

    /**
     * Whether the node has nothing to write this second apart from scheduled lines: no start-up or
     * shutdown, and none of the conditions below true. Conservative: where it says no, the full
     * evaluation runs and may still find nothing. Each test is the exact negation of one in the
     * methods below, so skipping changes no line and draws nothing from the random generator.
     */
    private boolean quiet(int i, byte now, boolean brokerDown) {
        if (now != FINE || brokerDown || hadKafkaFault[i]) {
            return false;
        }
        boolean down = state.down[i];
        if (down != wasDown[i] || state.ready[i] > lastReady[i] || state.role[i] != lastRole[i]) {
            return false;
        }
        if (down) {
            return true;
        }
        return switch (kind[i]) {
            case SERVICE -> serviceQuiet(i);
            case POSTGRES -> postgresQuiet(i);
            case REDIS -> !(state.memory[i] > 90);
            case KAFKA, OTHER -> true;
            // Balancers (few, and they look at every upstream), auth (a steady trickle of expired
            // tokens) and monitoring (few) are evaluated every second.
            default -> false;
        };
    }

    // Small enough, like quiet itself, for the compiler to fold into the loop over the nodes.
    private boolean serviceQuiet(int i) {
        return !(state.failed[i] > 0) && !(state.extraErrorRate[i] > 0) && !(state.memory[i] > 90)
                && !(state.cpu[i] >= 95) && dependenciesQuiet();
    }

    private boolean postgresQuiet(int i) {
        return !(state.p99[i] > 0.5) && !(state.utilization[i] >= 1 && state.failed[i] > 0)
                && (state.role[i] != PostgresNode.Role.REPLICA || !(state.replicationLag[i] > 5)
                && (leaderOf[i] < 0 || !state.down[leaderOf[i]]));
    }

    /** No dependency of any caller is unreachable, slow or out of disk, and no link is broken or slow. */
    private boolean dependenciesQuiet() {
        return troubled == 0 && !linksAbnormal;
    }

    /** The first second after {@code second} at which one of node {@code i}'s scheduled lines is due. */
    private long nextScheduled(int i, long second) {
        return switch (kind[i]) {
            case BALANCER, SERVICE, AUTH -> due(second, i, INFO_PERIOD);
            case POSTGRES -> Math.min(Math.min(due(second, i, INFO_PERIOD), due(second, 37L * i, 300)),
                    Math.min(due(second, 37L * i - 27, 300), due(second, 53L * i, 240)));
            case REDIS -> Math.min(due(second, 41L * i, 300), due(second, 41L * i - 2, 300));
            case KAFKA -> due(second, 29L * i, 60);
            case OTHER -> Long.MAX_VALUE;
            default -> second + 1;
        };
    }

    /** The first second after {@code second} where {@code (s + offset) % period == 0}. */
    private static long due(long second, long offset, long period) {
        return second + period - Math.floorMod(second + offset, period);
    }

    /** Ends the second: renders within the budget and hands the lines to the stream. */
    void endSecond(long second, boolean analyse) {
        publish(second, analyse && logAnalysis);
    }

    // ---- what each component writes -----------------------------------------------------------

    /** Start-up lines as instances come up, shutdown and crash lines as a node goes down. */
    private void transitions(int i, long second) {
        if (state.down[i] && !wasDown[i]) {
            if (kind[i] == POSTGRES) {
                if (state.disk[i] >= 100) {
                    add(i, LogMessage.PG_WAL_PANIC, 1);
                }
                add(i, LogMessage.PG_PROCESS_KILLED, 1);
                add(i, LogMessage.PG_TERMINATING_CONNECTION, Math.max(1, state.connections[i]));
            }
            return;
        }
        if (state.down[i]) {
            return;
        }
        boolean cameBack = wasDown[i];
        int started = cameBack ? state.ready[i] : state.ready[i] - lastReady[i];
        if (started > 0) {
            Node spec = graph.nodes[i];
            if (cameBack && spec instanceof PostgresNode) {
                add(i, LogMessage.PG_INTERRUPTED, 1);
            }
            LogMessage ready = switch (spec) {
                case LoadBalancer lb -> LogMessage.NGINX_START;
                case AppService a -> LogMessage.APP_LISTENING;
                case AuthService a -> LogMessage.AUTH_LISTENING;
                case PostgresNode p -> LogMessage.PG_READY;
                case RedisNode r -> LogMessage.REDIS_READY;
                case KafkaNode k -> LogMessage.KAFKA_STARTED;
                case MonitoringNode m when m.tool() == MonitoringNode.Tool.ELK -> LogMessage.ELASTIC_STARTED;
                default -> LogMessage.PROMETHEUS_READY;
            };
            add(i, ready, started);
        }
        if (lastRole[i] == PostgresNode.Role.REPLICA && state.role[i] == PostgresNode.Role.PRIMARY) {
            add(i, LogMessage.PG_PROMOTE, 1);
            add(i, LogMessage.PG_NEW_TIMELINE, 1);
            add(i, LogMessage.PG_READY, 1);
        }
    }

    private void balancer(int i, boolean info, boolean tlsExpired, double[] linkRates, boolean[] broken) {
        if (tlsExpired) {
            add(i, LogMessage.NGINX_TLS_HANDSHAKE, state.arrivals[i]);
            return;
        }
        if (info) {
            add(i, LogMessage.NGINX_ACCESS, INFO_PERIOD * state.served[i] * (1 - state.errorE2E[i]));
        }
        if (state.utilization[i] >= 1 && state.failed[i] > 0) {
            add(i, LogMessage.NGINX_WORKER_CONNECTIONS, state.failed[i]);
        }
        int[] out = graph.outLinks[i];
        int dead = 0;
        for (int l : out) {
            int t = graph.linkTo[l];
            if (state.capacity[t] <= 0 || broken[l]) {
                dead++;
                add(i, LogMessage.NGINX_UPSTREAM_REFUSED, Math.max(state.ready[i], linkRates[l]), t);
            } else if (state.errorE2E[t] > 0.02) {
                add(i, LogMessage.NGINX_UPSTREAM_TIMEOUT, linkRates[l] * state.errorE2E[t], t);
            }
        }
        if (out.length > 0 && dead == out.length) {
            add(i, LogMessage.NGINX_NO_LIVE_UPSTREAMS, state.served[i]);
        }
    }

    private void service(int i, boolean info) {
        if (info) {
            add(i, LogMessage.APP_REQUEST, INFO_PERIOD * state.served[i] * (1 - state.errorOwn[i]));
            add(i, LogMessage.APP_CACHE_LOOKUP, INFO_PERIOD * state.served[i] * 0.5);
        }
        if (state.p99[i] > 1.0) {
            add(i, LogMessage.APP_SLOW_REQUEST, state.served[i] * 0.01 * Math.min(10, state.p99[i]));
        }
        if (state.failed[i] > 0) {
            add(i, LogMessage.APP_REQUEST_TIMEOUT, state.failed[i]);
        }
        if (state.extraErrorRate[i] > 0) {
            add(i, LogMessage.APP_EXCEPTION, state.served[i] * Math.min(1, state.extraErrorRate[i]));
        }
        if (state.memory[i] >= 100) {
            add(i, LogMessage.APP_HEAP_OOM, state.ready[i]);
        } else if (state.memory[i] > 90) {
            add(i, LogMessage.APP_HEAP_HIGH, state.ready[i] * 0.2);
        }
        if (state.cpu[i] >= 95) {
            add(i, LogMessage.APP_EVENT_LOOP_BLOCKED, state.ready[i] * 0.5);
        }
    }

    private void auth(int i, boolean info) {
        if (info) {
            add(i, LogMessage.AUTH_TOKEN_ISSUED, INFO_PERIOD * state.served[i] * 0.4 * (1 - state.errorOwn[i]));
        }
        // Clients present expired tokens now and then: a steady trickle of warnings is normal.
        add(i, LogMessage.AUTH_JWT_EXPIRED, state.served[i] * 0.002);
        if (state.failed[i] > 0) {
            add(i, LogMessage.APP_REQUEST_TIMEOUT, state.failed[i]);
        }
    }

    /** A service's calls to what it depends on: refused, timing out, slow. */
    private void dependencies(int i, double[] linkRates, boolean[] broken, double[] extraLatency,
                              boolean auth) {
        for (int l : graph.outLinks[i]) {
            int t = graph.linkTo[l];
            if (trouble[t] == FINE && !broken[l] && !(extraLatency[l] > 0.25)) {
                continue;
            }
            // Requests fail on a dead dependency; with none sent, the connection pool retries once a second per instance.
            double attempts = Math.max(linkRates[l], state.ready[i]);
            Node target = graph.nodes[t];
            if (broken[l]) {
                add(i, LogMessage.DEP_TIMEOUT, attempts, t);
            } else if (state.capacity[t] <= 0) {
                LogMessage refused = switch (target) {
                    case PostgresNode p -> LogMessage.DEP_PG_REFUSED;
                    case RedisNode r -> auth ? LogMessage.AUTH_SESSION_STORE : LogMessage.DEP_REDIS_REFUSED;
                    case KafkaNode k -> LogMessage.DEP_KAFKA_REFUSED;
                    default -> LogMessage.DEP_HTTP_REFUSED;
                };
                add(i, refused, attempts, t);
            } else {
                if (target instanceof PostgresNode && state.p99[t] > 1.0) {
                    add(i, LogMessage.DEP_PG_STATEMENT_TIMEOUT, linkRates[l] * Math.min(1, (state.p99[t] - 1) / 4), t);
                }
                // Its disk as its own evaluation last found it (state.disk[t] >= 97 then), whichever
                // of the two comes first in the pass: the engine measures resources before the logs.
                if (target instanceof RedisNode && (trouble[t] & DISK_FULL) != 0) {
                    add(i, LogMessage.DEP_REDIS_MISCONF, linkRates[l] * 0.25, t);
                }
                if (extraLatency[l] > 0.25) {
                    add(i, LogMessage.DEP_SLOW, linkRates[l] * 0.05, t);
                }
            }
        }
    }

    private void postgres(int i, boolean info, long second) {
        long phase = (second + 37L * i) % 300;
        if (phase == 0) {
            add(i, LogMessage.PG_CHECKPOINT_START, 1);
        } else if (phase == 27) {
            add(i, LogMessage.PG_CHECKPOINT_DONE, 1);
        }
        if ((second + 53L * i) % 240 == 0) {
            add(i, LogMessage.PG_AUTOVACUUM, 1);
        }
        if (info) {
            add(i, LogMessage.PG_CONNECTION_AUTHORIZED, INFO_PERIOD * state.served[i] * 0.002);
        }
        if (state.p99[i] > 0.5) {
            add(i, LogMessage.PG_SLOW_STATEMENT, state.served[i] * 0.002 * Math.min(10, state.p99[i]));
        }
        if (state.utilization[i] >= 1 && state.failed[i] > 0) {
            add(i, LogMessage.PG_TOO_MANY_CLIENTS, state.failed[i]);
        }
        if (state.role[i] == PostgresNode.Role.REPLICA) {
            if (state.replicationLag[i] > 5) {
                add(i, LogMessage.PG_RECOVERY_CONFLICT, state.served[i] * 0.01);
            }
            int leader = leaderOf[i];
            if (leader >= 0 && state.down[leader]) {
                add(i, LogMessage.PG_PRIMARY_UNREACHABLE, 0.2, leader);
            }
        }
        if (state.disk[i] >= 97) {
            add(i, LogMessage.PG_NO_SPACE, Math.max(0.5, state.served[i] * 0.05));
        }
    }

    private void redis(int i, long second) {
        long phase = (second + 41L * i) % 300;
        if (state.disk[i] >= 97) {
            if (phase % 60 == 0) {
                add(i, LogMessage.REDIS_SAVE_TRIGGERED, 1);
                add(i, LogMessage.REDIS_WRITE_ERROR, 1);
                add(i, LogMessage.REDIS_BGSAVE_ERROR, 1);
            }
        } else if (phase == 0) {
            add(i, LogMessage.REDIS_SAVE_TRIGGERED, 1);
            add(i, LogMessage.REDIS_BGSAVE_STARTED, 1);
        } else if (phase == 2) {
            add(i, LogMessage.REDIS_DB_SAVED, 1);
            add(i, LogMessage.REDIS_BGSAVE_DONE, 1);
        }
        if (state.memory[i] > 90) {
            add(i, LogMessage.REDIS_MAXMEMORY, 0.1);
        }
    }

    private void kafka(int i, long second, boolean brokerDown) {
        if ((second + 29L * i) % 60 == 0) {
            add(i, LogMessage.KAFKA_SEGMENT_ROLLED, 1);
        }
        if (brokerDown) {
            if (!hadKafkaFault[i]) {
                add(i, LogMessage.KAFKA_ISR_SHRINK, 12);
            }
            add(i, LogMessage.KAFKA_FETCH_ERROR, 2);
        }
    }

    private void monitoring(int i, MonitoringNode m, long second) {
        if (m.tool() == MonitoringNode.Tool.ELK) {
            if ((second + 17L * i) % 60 == 0) {
                add(i, LogMessage.ELASTIC_GC, 1);
            }
            if (state.disk[i] >= 90) {
                add(i, LogMessage.ELASTIC_DISK_WATERMARK, 0.1);
            }
        } else if ((second + 13L * i) % 1800 == 0) {
            add(i, LogMessage.PROMETHEUS_HEAD_GC, 1);
        }
        if ((second + i) % 15 == 0) {
            for (int l : graph.scrapeLinks[i]) {
                int t = graph.linkTo[l];
                if (state.down[t]) {
                    add(i, LogMessage.PROMETHEUS_SCRAPE_FAILED, 1, t);
                }
            }
        }
    }

    private void add(int i, LogMessage m, double rate) {
        add(i, m, rate, -1);
    }

    /** A message occurring {@code rate} times this second on average: rounded stochastically. */
    private void add(int i, LogMessage m, double rate, int peerNode) {
        if (!(rate > 0)) {
            return;
        }
        double whole = Math.floor(rate);
        double n = rate - whole > 0 && random.nextDouble() < rate - whole ? whole + 1 : whole;
        if (n <= 0) {
            return;
        }
        if (count == node.length) {
            int size = count * 2;
            node = Arrays.copyOf(node, size);
            peer = Arrays.copyOf(peer, size);
            message = Arrays.copyOf(message, size);
            occurrences = Arrays.copyOf(occurrences, size);
        }
        node[count] = i;
        peer[count] = peerNode;
        message[count] = m;
        occurrences[count] = n;
        count++;
    }

    // ---- the render budget --------------------------------------------------------------------

    private void publish(long second, boolean analyse) {
        Arrays.fill(perLevel, 0);
        int[] candidates = new int[LEVELS];
        for (int k = 0; k < count; k++) {
            perLevel[message[k].level.ordinal()] += (long) occurrences[k];
            candidates[message[k].level.ordinal()]++;
        }
        // The most severe levels first; the level where the budget runs out is sampled evenly.
        int budget = RENDER_BUDGET;
        int[] keepEvery = new int[LEVELS];
        double[] weight = new double[LEVELS];
        long unrendered = 0;
        for (int level = LEVELS - 1; level >= 0; level--) {
            int c = candidates[level];
            if (c == 0) {
                continue;
            }
            if (budget >= c) {
                keepEvery[level] = 1;
                budget -= c;
            } else if (budget > 0) {
                keepEvery[level] = (c + budget - 1) / budget;
                budget = 0;
            } else {
                keepEvery[level] = 0;
                unrendered += perLevel[level];
            }
        }
        if (count > RENDER_BUDGET) {
            double[] kept = new double[LEVELS];
            int[] skip = new int[LEVELS];
            for (int k = 0; k < count; k++) {
                int level = message[k].level.ordinal();
                if (kept(level, keepEvery, skip)) {
                    kept[level] += occurrences[k];
                }
            }
            for (int level = 0; level < LEVELS; level++) {
                weight[level] = kept[level] > 0 ? perLevel[level] / kept[level] : 0;
            }
        } else {
            Arrays.fill(weight, 1);
        }
        List<LogStream.Rendered> lines = new ArrayList<>(Math.min(count, RENDER_BUDGET));
        int[] skip = new int[LEVELS];
        for (int k = 0; k < count; k++) {
            int level = message[k].level.ordinal();
            if (!kept(level, keepEvery, skip)) {
                continue;
            }
            long weighted = Math.max(1, Math.round(occurrences[k] * weight[level]));
            LogMessage m = message[k];
            lines.add(new LogStream.Rendered(m.level, graph.nodes[node[k]].id(), source(m, node[k]),
                    render(m, node[k], peer[k]), weighted));
        }
        stream.publish(second, lines, perLevel, unrendered, analyse);
    }

    /**
     * Whether the next line of a level is rendered: the first of every {@code keepEvery[level]}
     * (none when 0), counted down in {@code skip} rather than with a division per line.
     */
    private static boolean kept(int level, int[] keepEvery, int[] skip) {
        if (keepEvery[level] == 0) {
            return false;
        }
        if (skip[level] > 0) {
            skip[level]--;
            return false;
        }
        skip[level] = keepEvery[level] - 1;
        return true;
    }

    private String source(LogMessage m, int i) {
        if (graph.nodes[i] instanceof MonitoringNode mon && mon.tool() == MonitoringNode.Tool.THANOS) {
            return "thanos";
        }
        return m.source;
    }

    // ---- rendering ----------------------------------------------------------------------------

    private String render(LogMessage m, int i, int p) {
        StringBuilder b = text;
        b.setLength(0);
        String id = graph.nodes[i].id();
        String peerAddress = p >= 0 ? address[p] : address[i];
        int r = random.nextInt(PATHS.length);
        String path = PATHS[r];
        String method = METHODS[r];
        switch (m) {
            case NGINX_START -> b.append("start worker process ").append(1000 + random.nextInt(9000));
            case NGINX_ACCESS -> b.append(client()).append(" - - \"").append(method).append(' ').append(path)
                    .append(" HTTP/1.1\" 200 ").append(200 + random.nextInt(4000)).append(" rt=")
                    .append(millis(5 + random.nextInt(120))).append(" upstream_status=200");
            case NGINX_UPSTREAM_REFUSED -> upstream(b.append("connect() failed (111: Connection refused) while connecting to upstream"),
                    id, method, path, peerAddress, p);
            case NGINX_UPSTREAM_TIMEOUT -> upstream(b.append("upstream timed out (110: Connection timed out) while reading "
                    + "response header from upstream"), id, method, path, peerAddress, p);
            case NGINX_NO_LIVE_UPSTREAMS -> b.append("no live upstreams while connecting to upstream, client: ")
                    .append(client()).append(", server: ").append(id).append(", request: \"").append(method).append(' ')
                    .append(path).append(" HTTP/1.1\", upstream: \"http://backend").append(path).append('"');
            case NGINX_TLS_HANDSHAKE -> b.append("SSL_do_handshake() failed (SSL: error:0A000415:SSL routines::sslv3 alert "
                    + "certificate expired:SSL alert number 45) while SSL handshaking, client: ").append(client())
                    .append(", server: 0.0.0.0:443");
            case NGINX_WORKER_CONNECTIONS -> b.append("1024 worker_connections are not enough while connecting to upstream, client: ")
                    .append(client()).append(", server: ").append(id);
            case APP_LISTENING -> b.append("Server listening on port ").append(port(i));
            case APP_REQUEST -> b.append("request completed method=").append(method).append(" url=").append(path)
                    .append(" statusCode=200 responseTime=").append(Math.max(1, Math.round(1000 * state.p50[i]
                            * (0.6 + random.nextDouble())))).append("ms");
            case APP_CACHE_LOOKUP -> b.append("cache lookup key=session:").append(Long.toHexString(random.nextLong() >>> 20))
                    .append(" hit=").append(random.nextDouble() < 0.85);
            case APP_SLOW_REQUEST -> b.append("slow request method=").append(method).append(" url=").append(path)
                    .append(" responseTime=").append(Math.round(1000 * state.p99[i])).append("ms threshold=1000ms");
            case APP_REQUEST_TIMEOUT -> b.append("request timed out after 20000ms method=").append(method).append(" url=")
                    .append(path);
            case APP_EXCEPTION -> b.append("TypeError: Cannot read properties of undefined (reading 'id') at ")
                    .append("OrderService.create (/app/src/services/orders.js:").append(40 + random.nextInt(5)).append(":18)");
            case APP_HEAP_HIGH -> {
                int used = (int) (20.48 * state.memory[i]);
                b.append("heap usage high heapUsed=").append(used).append("MB heapTotal=2048MB rss=").append(used + 180)
                        .append("MB");
            }
            case APP_HEAP_OOM -> b.append("FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory");
            case APP_EVENT_LOOP_BLOCKED -> b.append("event loop blocked for ").append(300 + random.nextInt(900))
                    .append("ms; requests are queueing");
            case DEP_PG_REFUSED -> b.append("Error: connect ECONNREFUSED ").append(peerAddress).append(":5432");
            case DEP_PG_STATEMENT_TIMEOUT -> b.append("QueryFailedError: canceling statement due to statement timeout");
            case DEP_REDIS_REFUSED -> b.append("[ioredis] Unhandled error event: Error: connect ECONNREFUSED ")
                    .append(peerAddress).append(":6379");
            case DEP_REDIS_MISCONF -> b.append("ReplyError: MISCONF Redis is configured to save RDB snapshots, but it's "
                    + "currently unable to persist to disk. Commands that may modify the data set are disabled, because "
                    + "this instance is configured to report errors during writes if RDB snapshotting fails "
                    + "(stop-writes-on-bgsave-error option).");
            case DEP_KAFKA_REFUSED -> b.append("KafkaJSConnectionError: Connection error: connect ECONNREFUSED ")
                    .append(peerAddress).append(":9092");
            case DEP_HTTP_REFUSED -> b.append("Error: connect ECONNREFUSED ").append(peerAddress).append(':').append(port(p));
            case DEP_TIMEOUT -> b.append("Error: connect ETIMEDOUT ").append(peerAddress).append(':').append(port(p));
            case DEP_SLOW -> b.append("upstream call slow target=").append(graph.nodes[p].id()).append(" duration=")
                    .append(250 + random.nextInt(1500)).append("ms");
            case AUTH_LISTENING -> b.append("auth service listening on port 8443");
            case AUTH_TOKEN_ISSUED -> b.append("token issued grant_type=authorization_code client_id=web provider=")
                    .append(random.nextBoolean() ? "google" : "github").append(" expires_in=3600");
            case AUTH_JWT_EXPIRED -> b.append("JWT verification failed: TokenExpiredError: jwt expired");
            case AUTH_SESSION_STORE -> b.append("session store error: Error: connect ECONNREFUSED ").append(peerAddress)
                    .append(":6379");
            case PG_READY -> b.append("LOG:  database system is ready to accept connections");
            case PG_CHECKPOINT_START -> b.append("LOG:  checkpoint starting: time");
            case PG_CHECKPOINT_DONE -> {
                int buffers = 500 + random.nextInt(4000);
                b.append("LOG:  checkpoint complete: wrote ").append(buffers).append(" buffers (")
                        .append(buffers / 164).append('.').append(buffers % 10).append("%); 0 WAL file(s) added, 0 removed, ")
                        .append(1 + random.nextInt(4)).append(" recycled; write=").append(20 + random.nextInt(8))
                        .append('.').append(random.nextInt(10)).append(" s, sync=0.0").append(10 + random.nextInt(80))
                        .append(" s, total=").append(27 + random.nextInt(3)).append('.').append(random.nextInt(10)).append(" s");
            }
            case PG_AUTOVACUUM -> b.append("LOG:  automatic vacuum of table \"app.public.")
                    .append(new String[]{"orders", "sessions", "order_items", "carts"}[random.nextInt(4)])
                    .append("\": index scans: 1");
            case PG_CONNECTION_AUTHORIZED -> b.append("LOG:  connection authorized: user=app database=app ")
                    .append("SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)");
            case PG_SLOW_STATEMENT -> b.append("LOG:  duration: ").append(millis(500 + random.nextInt(2500)))
                    .append(" ms  statement: SELECT o.* FROM orders o WHERE o.customer_id = $1 ORDER BY o.created_at DESC LIMIT 50");
            case PG_TOO_MANY_CLIENTS -> b.append("FATAL:  sorry, too many clients already");
            case PG_PROCESS_KILLED -> b.append("LOG:  server process (PID ").append(1000 + random.nextInt(60000))
                    .append(") was terminated by signal 9: Killed");
            case PG_TERMINATING_CONNECTION -> b.append("FATAL:  terminating connection due to administrator command");
            case PG_INTERRUPTED -> b.append("LOG:  database system was interrupted; last known up at ")
                    .append("2026-03-02 00:00:00 UTC");
            case PG_PRIMARY_UNREACHABLE -> b.append("FATAL:  could not connect to the primary server: could not connect to ")
                    .append("server: Connection refused. Is the server running on host \"").append(peerAddress)
                    .append("\" and accepting TCP/IP connections on port 5432?");
            case PG_PROMOTE -> b.append("LOG:  received promote request");
            case PG_NEW_TIMELINE -> b.append("LOG:  selected new timeline ID: ").append(2 + random.nextInt(3));
            case PG_RECOVERY_CONFLICT -> b.append("ERROR:  canceling statement due to conflict with recovery");
            case PG_NO_SPACE -> b.append("ERROR:  could not extend file \"base/16384/").append(24576 + random.nextInt(100))
                    .append("\": No space left on device");
            case PG_WAL_PANIC -> b.append("PANIC:  could not write to file \"pg_wal/xlogtemp.").append(1000 + random.nextInt(60000))
                    .append("\": No space left on device");
            case REDIS_READY -> b.append("Ready to accept connections tcp");
            case REDIS_SAVE_TRIGGERED -> b.append("100 changes in 300 seconds. Saving...");
            case REDIS_BGSAVE_STARTED -> b.append("Background saving started by pid ").append(1000 + random.nextInt(60000));
            case REDIS_DB_SAVED -> b.append("DB saved on disk");
            case REDIS_BGSAVE_DONE -> b.append("Background saving terminated with success");
            case REDIS_WRITE_ERROR -> b.append("Write error saving DB on disk: No space left on device");
            case REDIS_BGSAVE_ERROR -> b.append("Background saving error");
            case REDIS_MAXMEMORY -> b.append("WARNING: used memory is above maxmemory, evicting keys (maxmemory-policy allkeys-lru)");
            case KAFKA_STARTED -> b.append("[KafkaServer id=1] started (kafka.server.KafkaServer)");
            case KAFKA_SEGMENT_ROLLED -> b.append("[LocalLog partition=events-").append(random.nextInt(12))
                    .append(", dir=/var/lib/kafka/data] Rolled new log segment at offset ").append(random.nextInt(1 << 30))
                    .append(" in ").append(1 + random.nextInt(9)).append(" ms. (kafka.log.LocalLog)");
            case KAFKA_ISR_SHRINK -> b.append("[Partition events-").append(random.nextInt(12))
                    .append(" broker=1] Shrinking ISR from 1,2,3 to 1,3. Leader: (highWatermark: ").append(random.nextInt(1 << 20))
                    .append(", endOffset: ").append(random.nextInt(1 << 20)).append("). Out of sync replicas: (brokerId: 2).");
            case KAFKA_FETCH_ERROR -> b.append("[ReplicaFetcher replicaId=1, leaderId=2, fetcherId=0] Error in response for "
                    + "fetch request (type=FetchRequest, replicaId=1, maxWait=500, minBytes=1, maxBytes=10485760) "
                    + "java.io.IOException: Connection to 2 was disconnected before the response was read");
            case PROMETHEUS_READY -> b.append("level=info msg=\"Server is ready to receive web requests.\"");
            case PROMETHEUS_HEAD_GC -> b.append("level=info component=tsdb msg=\"Head GC completed\" duration=")
                    .append(millis(5 + random.nextInt(60))).append("ms");
            case PROMETHEUS_SCRAPE_FAILED -> b.append("level=debug component=\"scrape manager\" scrape_pool=")
                    .append(graph.nodes[p].id()).append(" msg=\"Scrape failed\" err=\"Get \\\"http://").append(peerAddress)
                    .append(":9100/metrics\\\": dial tcp ").append(peerAddress).append(":9100: connect: connection refused\"");
            case ELASTIC_STARTED -> b.append("[o.e.n.Node] [").append(id).append("-0] started");
            case ELASTIC_GC -> b.append("[o.e.m.j.JvmGcMonitorService] [").append(id).append("-0] [gc][")
                    .append(random.nextInt(100000)).append("] overhead, spent [").append(50 + random.nextInt(400))
                    .append("ms] collecting in the last [1s]");
            case ELASTIC_DISK_WATERMARK -> b.append("[o.e.c.r.a.DiskThresholdMonitor] [").append(id)
                    .append("-0] high disk watermark [90%] exceeded on [").append(id)
                    .append("-0][/usr/share/elasticsearch/data], shards will be relocated away from this node");
        }
        return b.toString();
    }

    private void upstream(StringBuilder b, String server, String method, String path, String peerAddress, int p) {
        b.append(", client: ").append(client()).append(", server: ").append(server).append(", request: \"")
                .append(method).append(' ').append(path).append(" HTTP/1.1\", upstream: \"http://").append(peerAddress)
                .append(':').append(port(p)).append(path).append('"');
    }

    private String client() {
        return "203.0." + (113 + random.nextInt(3)) + "." + (1 + random.nextInt(254));
    }

    private static String millis(int ms) {
        int frac = ms % 1000;
        return ms / 1000 + (frac < 10 ? ".00" : frac < 100 ? ".0" : ".") + frac;
    }

    private int port(int i) {
        if (i < 0) {
            return 80;
        }
        return switch (graph.nodes[i]) {
            case AppService a when a.ports() != null && !a.ports().isEmpty() -> a.ports().getFirst();
            case AppService a -> 3000;
            case AuthService a -> 8443;
            case PostgresNode p -> 5432;
            case RedisNode r -> 6379;
            case KafkaNode k -> 9092;
            case LoadBalancer lb when lb.port() != null -> lb.port();
            default -> 80;
        };
    }
}
