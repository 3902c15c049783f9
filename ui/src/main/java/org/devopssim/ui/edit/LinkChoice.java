package org.devopssim.ui.edit;

import org.devopssim.simulation.codec.TopologyValidator;
import org.devopssim.simulation.model.KafkaNode;
import org.devopssim.simulation.model.Link;
import org.devopssim.simulation.model.LinkType;
import org.devopssim.simulation.model.MonitoringNode;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.model.PostgresNode;
import org.devopssim.simulation.model.RedisNode;
import org.devopssim.simulation.model.Topology;

/**
 * The link a user means when dragging from one node to another: the type follows from the two
 * kinds (a service to PostgreSQL is SQL, to a replica read-only SQL, to Redis a cache link, a
 * monitoring node to anything a metrics scrape, ...). A link that makes no sense is refused with
 * the reason, in the validator's words where it has them.
 *
 * @param type      the link type, null when refused
 * @param refusal   why not, for the user; null when allowed
 * @param promotion for primary -> primary replication: the target becomes a replica (named in the label)
 */
public record LinkChoice(LinkType type, String refusal, boolean promotion) {

    public boolean allowed() {
        return refusal == null;
    }

    /** A short description for the pointer while dragging, e.g. "sql" or the refusal. */
    public String describe() {
        return allowed() ? wire(type) + (promotion ? " (target becomes a replica)" : "") : refusal;
    }

    public static LinkChoice between(Topology topology, String fromId, String toId) {
        Node from = topology.node(fromId).orElse(null);
        Node to = topology.node(toId).orElse(null);
        if (from == null || to == null) {
            return refused("no such node: " + (from == null ? fromId : toId));
        }
        if (from.id().equals(to.id())) {
            return refused("a node is not linked to itself");
        }
        LinkType type = natural(from, to);
        String refusal = TopologyValidator.LinkRules.refusal(from, to, type);
        if (refusal != null) {
            return refused(refusal);
        }
        for (Link l : topology.links()) {
            if (l.from().equals(fromId) && l.to().equals(toId)) {
                return refused("'" + fromId + "' is already linked to '" + toId + "' (" + wire(l.type()) + ")");
            }
        }
        boolean promotion = false;
        if (type == LinkType.REPLICATION) {
            PostgresNode source = (PostgresNode) from;
            PostgresNode target = (PostgresNode) to;
            if (!source.role().acceptsWrites()) {
                return refused("'" + fromId + "' is a replica: replication goes from the primary to its replicas;"
                        + " drag from the primary");
            }
            boolean bothMembers = source.role() == PostgresNode.Role.MULTI_MASTER
                    && target.role() == PostgresNode.Role.MULTI_MASTER;
            if (!bothMembers && target.role() != PostgresNode.Role.REPLICA) {
                boolean targetFeedsOthers = topology.links().stream()
                        .anyMatch(l -> l.from().equals(toId) && l.type() == LinkType.REPLICATION);
                if (targetFeedsOthers) {
                    return refused("'" + toId + "' is a primary with replicas of its own; a server has one primary");
                }
                promotion = true;
            }
        }
        return new LinkChoice(type, null, promotion);
    }

    /** The type the two kinds suggest; the rules then say whether it is allowed. */
    private static LinkType natural(Node from, Node to) {
        if (to instanceof PostgresNode p) {
            if (from instanceof PostgresNode) {
                return LinkType.REPLICATION;
            }
            return from instanceof MonitoringNode ? LinkType.METRICS_SCRAPE
                    : p.role() == PostgresNode.Role.REPLICA ? LinkType.SQL_READ : LinkType.SQL;
        }
        if (from instanceof MonitoringNode && !(to instanceof MonitoringNode)) {
            return LinkType.METRICS_SCRAPE;
        }
        if (to instanceof RedisNode) {
            return LinkType.CACHE;
        }
        if (to instanceof KafkaNode || from instanceof KafkaNode) {
            return LinkType.EVENT_STREAM;
        }
        return LinkType.HTTP;
    }

    private static LinkChoice refused(String why) {
        return new LinkChoice(null, why, false);
    }

    static String wire(LinkType type) {
        return type.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
