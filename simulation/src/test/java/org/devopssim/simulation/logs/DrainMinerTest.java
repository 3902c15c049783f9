package org.devopssim.simulation.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DrainMinerTest {

    private static int mine(DrainMiner miner, String line) {
        return miner.add(line, LogLevel.INFO, 1, 0);
    }

    @Test
    void linesOfOneTemplateWithDifferentValuesShareItAndItsValuesBecomeWildcards() {
        DrainMiner miner = new DrainMiner();
        List<String> checkpoints = List.of(
                "LOG:  checkpoint complete: wrote 2341 buffers (14.3%); 0 WAL file(s) added, 0 removed, 3 recycled; write=269.9 s, sync=0.012 s, total=270.1 s",
                "LOG:  checkpoint complete: wrote 87 buffers (0.5%); 0 WAL file(s) added, 0 removed, 1 recycled; write=8.6 s, sync=0.003 s, total=8.7 s",
                "LOG:  checkpoint complete: wrote 1502 buffers (9.2%); 1 WAL file(s) added, 0 removed, 0 recycled; write=150.2 s, sync=0.031 s, total=150.3 s");
        int id = mine(miner, checkpoints.get(0));
        for (String line : checkpoints) {
            assertEquals(id, mine(miner, line));
        }
        assertEquals("LOG: checkpoint complete: wrote <*> buffers <*> <*> WAL file(s) added, <*> removed, <*> recycled; "
                + "<*> s, <*> s, <*> s", miner.template(id).text());
        assertEquals(4, miner.template(id).count());
    }

    @Test
    void wordsThatVaryInAFewPositionsMergeIntoAWildcard() {
        DrainMiner miner = new DrainMiner();
        int a = mine(miner, "LOG:  automatic vacuum of table \"app.public.orders\": index scans: 1");
        int b = mine(miner, "LOG:  automatic vacuum of table \"app.public.sessions\": index scans: 0");
        assertEquals(a, b);
        assertEquals("LOG: automatic vacuum of table <*> index scans: <*>", miner.template(a).text());
        int c = mine(miner, "connect() failed (111: Connection refused) while connecting to upstream, client: 203.0.113.7, "
                + "server: lb, request: \"GET /api/orders HTTP/1.1\", upstream: \"http://10.1.0.5:9000/api/orders\"");
        int d = mine(miner, "connect() failed (111: Connection refused) while connecting to upstream, client: 203.0.114.90, "
                + "server: lb, request: \"POST /api/cart HTTP/1.1\", upstream: \"http://10.1.0.6:9000/api/cart\"");
        assertEquals(c, d);
    }

    @Test
    void differentMessagesStayApart() {
        DrainMiner miner = new DrainMiner();
        List<String> lines = List.of(
                "FATAL:  terminating connection due to administrator command",
                "FATAL:  sorry, too many clients already",
                "LOG:  database system is ready to accept connections",
                "LOG:  checkpoint starting: time",
                "Error: connect ECONNREFUSED 10.1.0.12:5432",
                "[ioredis] Unhandled error event: Error: connect ECONNREFUSED 10.1.0.14:6379",
                "ReplyError: MISCONF Redis is configured to save RDB snapshots, but it's currently unable to persist to disk.",
                "DB saved on disk",
                "Background saving error",
                "Background saving terminated with success",
                "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory",
                "ERROR:  could not extend file \"base/16384/24577\": No space left on device",
                "SSL_do_handshake() failed (SSL: error:0A000415:SSL routines::sslv3 alert certificate expired:SSL alert "
                        + "number 45) while SSL handshaking, client: 203.0.113.9, server: 0.0.0.0:443",
                "JWT verification failed: TokenExpiredError: jwt expired",
                "request completed method=GET url=/api/orders statusCode=200 responseTime=43ms");
        List<Integer> ids = lines.stream().map(l -> mine(miner, l)).toList();
        assertEquals(lines.size(), ids.stream().distinct().count(), "each message its own template: " + miner.templates());
        // Seen again with other values, each finds its own template.
        assertEquals(ids.get(4), mine(miner, "Error: connect ECONNREFUSED 10.2.7.1:5432"));
        assertEquals(ids.get(14), mine(miner, "request completed method=POST url=/api/cart statusCode=200 responseTime=7ms"));
        assertNotEquals(ids.get(7), mine(miner, "Background saving started by pid 4242"));
    }

    @Test
    void levelAndCountsFollowTheLines() {
        DrainMiner miner = new DrainMiner();
        int id = miner.add("Error: connect ECONNREFUSED 10.1.0.12:5432", LogLevel.ERROR, 250, 7);
        miner.add("Error: connect ECONNREFUSED 10.1.0.13:5432", LogLevel.WARN, 50, 9);
        LogTemplate t = miner.template(id);
        assertEquals(300, t.count());
        assertEquals(LogLevel.ERROR, t.level());
        assertEquals(7, t.firstSeen());
        assertEquals(9, t.lastSeen());
    }

    @Test
    void maskingTreatsTokensWithDigitsAsParameters() {
        assertEquals(List.of("connect", "ECONNREFUSED", "<*>"), List.of(DrainMiner.tokens("  connect ECONNREFUSED 10.0.0.1:80 ")));
        assertEquals(0, DrainMiner.tokens("   ").length);
    }
}
