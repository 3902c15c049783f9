package org.devopssim.simulation.logs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Online log template mining in the manner of Drain (He et al., "Drain: An Online Log Parsing
 * Approach with Fixed Depth Tree", ICWS 2017). A line is split into tokens; tokens holding a digit
 * are masked as {@code <*>} (numbers, addresses, ids, durations). A fixed-depth tree routes it by
 * its token count and then by its first {@link #PREFIX_TOKENS} tokens (a masked token, or one
 * beyond {@link #MAX_CHILDREN} siblings, takes the {@code <*>} branch). In the leaf it joins the
 * most similar template (share of positions with the same token) if that similarity reaches
 * {@link #SIMILARITY}; the template's differing positions become {@code <*>}. Otherwise it starts
 * a new template. Single-threaded; deterministic for the same lines in the same order.
 */
public final class DrainMiner {

    public static final String WILDCARD = "<*>";
    /** Tree depth below the token-count layer (Drain3's default depth 4 gives 2). */
    static final int PREFIX_TOKENS = 2;
    static final int MAX_CHILDREN = 100;
    /** Drain3's default similarity threshold is 0.4; 0.5 keeps short messages that differ in a word apart. */
    static final double SIMILARITY = 0.5;

    /** A mined template with its statistics; mutable, owned by the miner. */
    static final class Cluster {
        final int id;
        final String[] tokens;
        long count;
        LogLevel level;
        final long firstSeen;
        long lastSeen;
        private String text;

        Cluster(int id, String[] tokens, LogLevel level, long second) {
            this.id = id;
            this.tokens = tokens;
            this.level = level;
            this.firstSeen = second;
            this.lastSeen = second;
        }

        String text() {
            if (text == null) {
                text = String.join(" ", tokens);
            }
            return text;
        }

        int wildcards() {
            int n = 0;
            for (String t : tokens) {
                if (t.equals(WILDCARD)) {
                    n++;
                }
            }
            return n;
        }

        LogTemplate toTemplate() {
            return new LogTemplate(id, text(), count, level, firstSeen, lastSeen);
        }
    }

    private static final class TreeNode {
        final Map<String, TreeNode> children = new HashMap<>();
        final List<Cluster> clusters = new ArrayList<>();
    }

    private final Map<Integer, TreeNode> byLength = new HashMap<>();
    private final List<Cluster> clusters = new ArrayList<>();

    /**
     * Mines one line and returns its template's id.
     *
     * @param count occurrences the line stands for
     */
    public int add(String message, LogLevel level, long count, long second) {
        String[] tokens = tokens(message);
        TreeNode leaf = leaf(tokens);
        Cluster best = null;
        double bestSimilarity = -1;
        int bestWildcards = -1;
        for (Cluster c : leaf.clusters) {
            double sim = similarity(c.tokens, tokens);
            int wild = c.wildcards();
            if (sim > bestSimilarity || sim == bestSimilarity && wild > bestWildcards) {
                best = c;
                bestSimilarity = sim;
                bestWildcards = wild;
            }
        }
        if (best == null || bestSimilarity < SIMILARITY) {
            best = new Cluster(clusters.size(), tokens, level, second);
            clusters.add(best);
            leaf.clusters.add(best);
        } else {
            merge(best, tokens);
        }
        best.count += count;
        best.lastSeen = second;
        if (level.compareTo(best.level) > 0) {
            best.level = level;
        }
        return best.id;
    }

    public int size() {
        return clusters.size();
    }

    public LogTemplate template(int id) {
        return clusters.get(id).toTemplate();
    }

    /** Every template so far, by id. */
    public List<LogTemplate> templates() {
        List<LogTemplate> list = new ArrayList<>(clusters.size());
        for (Cluster c : clusters) {
            list.add(c.toTemplate());
        }
        return list;
    }

    String text(int id) {
        return clusters.get(id).text();
    }

    LogLevel level(int id) {
        return clusters.get(id).level;
    }

    /** Whitespace-separated tokens, those with a digit masked. */
    static String[] tokens(String message) {
        List<String> list = new ArrayList<>();
        int n = message.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(message.charAt(i))) {
                i++;
            }
            int start = i;
            boolean digit = false;
            while (i < n && !Character.isWhitespace(message.charAt(i))) {
                digit |= Character.isDigit(message.charAt(i));
                i++;
            }
            if (i > start) {
                list.add(digit ? WILDCARD : message.substring(start, i));
            }
        }
        return list.toArray(String[]::new);
    }

    private TreeNode leaf(String[] tokens) {
        TreeNode node = byLength.computeIfAbsent(tokens.length, k -> new TreeNode());
        for (int d = 0; d < Math.min(PREFIX_TOKENS, tokens.length); d++) {
            String key = tokens[d];
            TreeNode next = node.children.get(key);
            if (next == null) {
                if (node.children.size() >= MAX_CHILDREN || key.equals(WILDCARD)) {
                    key = WILDCARD;
                    next = node.children.get(WILDCARD);
                }
                if (next == null) {
                    next = new TreeNode();
                    node.children.put(key, next);
                }
            }
            node = next;
        }
        return node;
    }

    /** Share of positions where the template has the line's token (a masked token matches a wildcard). */
    static double similarity(String[] template, String[] tokens) {
        if (tokens.length == 0) {
            return 1;
        }
        int same = 0;
        for (int i = 0; i < tokens.length; i++) {
            if (template[i].equals(tokens[i])) {
                same++;
            }
        }
        return (double) same / tokens.length;
    }

    private static void merge(Cluster c, String[] tokens) {
        boolean changed = false;
        for (int i = 0; i < tokens.length; i++) {
            if (!c.tokens[i].equals(tokens[i]) && !c.tokens[i].equals(WILDCARD)) {
                c.tokens[i] = WILDCARD;
                changed = true;
            }
        }
        if (changed) {
            c.text = null;
        }
    }
}
