package org.devopssim.simulation.alerting;

import java.util.Arrays;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.model.NodeKind;

/**
 * What a rule or objective looks at: the whole system (the users' view), one node, every node of
 * a kind, nodes whose id matches a pattern, or every node. Written in files as {@code system},
 * {@code node:api}, {@code node~db-.*}, {@code kind:postgres} or {@code all}.
 */
public sealed interface Target {

    /** True when this target covers a node of the topology (never for {@link SystemWide}). */
    boolean covers(Node node);

    /** The form written in files. */
    String text();

    record SystemWide() implements Target {
        @Override
        public boolean covers(Node node) {
            return false;
        }

        @Override
        public String text() {
            return "system";
        }
    }

    record AllNodes() implements Target {
        @Override
        public boolean covers(Node node) {
            return true;
        }

        @Override
        public String text() {
            return "all";
        }
    }

    record NodeId(String id) implements Target {
        @Override
        public boolean covers(Node node) {
            return node.id().equals(id);
        }

        @Override
        public String text() {
            return "node:" + id;
        }
    }

    record Kind(NodeKind kind) implements Target {
        @Override
        public boolean covers(Node node) {
            return NodeKind.of(node) == kind;
        }

        @Override
        public String text() {
            return "kind:" + kind.wireName();
        }
    }

    /**
     * Nodes whose id matches a regular expression, anchored at both ends as in PromQL's
     * {@code instance=~"db-.*"}; {@code negated} covers the others ({@code !~}). Written
     * {@code node~db-.*} or {@code node!~db-.*}.
     */
    record NodePattern(String regex, boolean negated) implements Target {
        public NodePattern {
            java.util.regex.Pattern.compile(regex); // fails early, naming the bad expression
        }

        @Override
        public boolean covers(Node node) {
            return node.id().matches(regex) != negated;
        }

        @Override
        public String text() {
            return (negated ? "node!~" : "node~") + regex;
        }
    }

    /** @throws IllegalArgumentException saying which forms are accepted */
    static Target parse(String text) {
        String t = text == null ? "" : text.trim();
        if (t.equals("system")) {
            return new SystemWide();
        }
        if (t.equals("all")) {
            return new AllNodes();
        }
        if (t.startsWith("node~") || t.startsWith("node!~")) {
            boolean negated = t.startsWith("node!~");
            try {
                return new NodePattern(t.substring(negated ? 6 : 5), negated);
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new IllegalArgumentException("bad node pattern in '" + text + "': " + e.getDescription());
            }
        }
        if (t.startsWith("node:") && t.length() > 5) {
            return new NodeId(t.substring(5));
        }
        if (t.startsWith("kind:")) {
            String wire = t.substring(5);
            return Arrays.stream(NodeKind.values()).filter(k -> k.wireName().equals(wire)).findFirst()
                    .<Target>map(Kind::new)
                    .orElseThrow(() -> new IllegalArgumentException("unknown node kind '" + wire + "'; expected one of "
                            + Arrays.stream(NodeKind.values()).map(NodeKind::wireName).toList()));
        }
        throw new IllegalArgumentException(
                "expected 'system', 'all', 'node:<id>', 'node~<regex>' or 'kind:<kind>', got '" + text + "'");
    }
}
