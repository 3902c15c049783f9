package org.devopssim.simulation.imports.prometheus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A recursive-descent reader of PromQL expressions: numbers, selectors with matchers, range
 * vectors, {@code offset}, function calls, aggregations with {@code by}/{@code without} before or
 * after the argument, and binary operators with Prometheus's precedence and the {@code bool},
 * {@code on}/{@code ignoring} and {@code group_left/right} modifiers. What it cannot read
 * (subqueries, {@code @}, string literals as values) is a {@link Refusal} naming the place.
 */
public final class PromQlParser {

    private static final Set<String> AGGREGATIONS = Set.of("sum", "avg", "min", "max", "count", "stddev", "stdvar",
            "group", "topk", "bottomk", "quantile", "count_values", "limitk", "limit_ratio");
    private static final Set<String> PARAMETERISED = Set.of("topk", "bottomk", "quantile", "count_values", "limitk",
            "limit_ratio");
    /** Binary operators from loosest to tightest binding; {@code ^} is right-associative. */
    private static final List<List<String>> LEVELS = List.of(List.of("or"), List.of("and", "unless"),
            List.of("==", "!=", "<=", ">=", "<", ">"), List.of("+", "-"), List.of("*", "/", "%", "atan2"),
            List.of("^"));

    private final String text;
    private int pos;

    private PromQlParser(String text) {
        this.text = text;
    }

    public static PromQl parse(String expression) throws Refusal {
        PromQlParser p = new PromQlParser(expression);
        PromQl e = p.expression(0);
        p.skipSpace();
        if (p.pos < p.text.length()) {
            throw p.error("unexpected '" + p.text.substring(p.pos, Math.min(p.text.length(), p.pos + 12)) + "'");
        }
        return e;
    }

    private PromQl expression(int level) throws Refusal {
        if (level == LEVELS.size()) {
            return unary();
        }
        PromQl left = expression(level + 1);
        while (true) {
            String op = operator(LEVELS.get(level));
            if (op == null) {
                return left;
            }
            boolean bool = keyword("bool");
            boolean matching = false;
            if (keyword("on") || keyword("ignoring")) {
                labelList();
                matching = true;
            }
            if (keyword("group_left") || keyword("group_right")) {
                skipSpace();
                if (peek('(')) {
                    labelList();
                }
                matching = true;
            }
            // ^ binds right to left: a ^ b ^ c is a ^ (b ^ c).
            PromQl right = op.equals("^") ? expression(level) : expression(level + 1);
            left = new PromQl.Binary(op, left, right, bool, matching);
        }
    }

    private PromQl unary() throws Refusal {
        skipSpace();
        if (accept('-')) {
            return new PromQl.Binary("*", new PromQl.Number(-1), unary(), false, false);
        }
        if (accept('+')) {
            return unary();
        }
        return postfix(primary());
    }

    private PromQl postfix(PromQl e) throws Refusal {
        skipSpace();
        if (peek('[')) {
            if (!(e instanceof PromQl.Selector s) || s.rangeSeconds() != null) {
                throw error("a range [..] applies to a series selector only (subqueries are not supported)");
            }
            long range = rangeDuration();
            e = new PromQl.Selector(s.name(), s.matchers(), range, s.offset());
        }
        if (keyword("offset")) {
            skipSpace();
            boolean negative = accept('-');
            durationSeconds(word(), negative);
            if (e instanceof PromQl.Selector s) {
                e = new PromQl.Selector(s.name(), s.matchers(), s.rangeSeconds(), true);
            } else {
                throw error("offset applies to a series selector only");
            }
        }
        skipSpace();
        if (peek('@')) {
            throw error("the @ modifier is not supported");
        }
        return e;
    }

    private PromQl primary() throws Refusal {
        skipSpace();
        if (pos >= text.length()) {
            throw error("the expression ends too early");
        }
        char c = text.charAt(pos);
        if (accept('(')) {
            PromQl inner = expression(0);
            expect(')');
            return inner;
        }
        if (c == '{') {
            return new PromQl.Selector(null, matchers(), null, false);
        }
        if (Character.isDigit(c) || c == '.') {
            return new PromQl.Number(number());
        }
        if (c == '"' || c == '\'') {
            throw error("a string is not a value here");
        }
        String name = word();
        if (name.isEmpty()) {
            throw error("unexpected '" + c + "'");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("inf") || lower.equals("nan")) {
            return new PromQl.Number(lower.equals("inf") ? Double.POSITIVE_INFINITY : Double.NaN);
        }
        if (AGGREGATIONS.contains(lower)) {
            skipSpace();
            if (peek('(') || atKeyword("by") || atKeyword("without")) {
                return aggregate(lower);
            }
        }
        skipSpace();
        if (peek('(')) {
            return call(name);
        }
        List<PromQl.Matcher> matchers = peek('{') ? matchers() : List.of();
        return new PromQl.Selector(name, matchers, null, false);
    }

    private PromQl aggregate(String op) throws Refusal {
        Boolean without = null;
        List<String> labels = List.of();
        if (keyword("by") || atKeyword("without")) {
            without = keyword("without");
            labels = labelList();
        }
        expect('(');
        PromQl parameter = null;
        if (PARAMETERISED.contains(op)) {
            parameter = expression(0);
            expect(',');
        }
        PromQl inner = expression(0);
        expect(')');
        if (without == null && (atKeyword("by") || atKeyword("without"))) {
            without = keyword("without");
            if (!without) {
                keyword("by");
            }
            labels = labelList();
        }
        return new PromQl.Aggregate(op, without != null && without, labels, without != null, parameter, inner);
    }

    private PromQl call(String function) throws Refusal {
        expect('(');
        List<PromQl> args = new ArrayList<>();
        skipSpace();
        if (!accept(')')) {
            do {
                args.add(expression(0));
            } while (accept(','));
            expect(')');
        }
        return new PromQl.Call(function, args);
    }

    private List<PromQl.Matcher> matchers() throws Refusal {
        expect('{');
        List<PromQl.Matcher> list = new ArrayList<>();
        skipSpace();
        while (!accept('}')) {
            String label = word();
            if (label.isEmpty()) {
                throw error("expected a label name");
            }
            skipSpace();
            String op = null;
            for (String candidate : List.of("=~", "!~", "!=", "=")) {
                if (text.startsWith(candidate, pos)) {
                    op = candidate;
                    pos += candidate.length();
                    break;
                }
            }
            if (op == null) {
                throw error("expected =, !=, =~ or !~ after label '" + label + "'");
            }
            list.add(new PromQl.Matcher(label, op, string()));
            skipSpace();
            if (!accept(',')) {
                expect('}');
                break;
            }
            skipSpace();
        }
        return list;
    }

    private List<String> labelList() throws Refusal {
        expect('(');
        List<String> labels = new ArrayList<>();
        skipSpace();
        while (!accept(')')) {
            String label = word();
            if (label.isEmpty()) {
                throw error("expected a label name");
            }
            labels.add(label);
            skipSpace();
            if (!accept(',')) {
                expect(')');
                break;
            }
            skipSpace();
        }
        return labels;
    }

    private long rangeDuration() throws Refusal {
        expect('[');
        skipSpace();
        long seconds = durationSeconds(word(), false);
        skipSpace();
        if (peek(':')) {
            throw error("subqueries ([range:step]) are not supported");
        }
        expect(']');
        return seconds;
    }

    /** Prometheus durations: {@code 30s}, {@code 5m}, {@code 1h30m}, {@code 1d}, {@code 1w}, {@code 500ms}. */
    private long durationSeconds(String word, boolean negative) throws Refusal {
        if (!word.matches("(\\d+(ms|s|m|h|d|w|y))+")) {
            throw error("expected a duration like 5m, got '" + word + "'");
        }
        double total = 0;
        var m = java.util.regex.Pattern.compile("(\\d+)(ms|s|m|h|d|w|y)").matcher(word);
        while (m.find()) {
            long n = Long.parseLong(m.group(1));
            total += n * switch (m.group(2)) {
                case "ms" -> 0.001;
                case "s" -> 1;
                case "m" -> 60;
                case "h" -> 3600;
                case "d" -> 86_400;
                case "w" -> 7 * 86_400;
                default -> 365 * 86_400;
            };
        }
        return (long) Math.ceil(negative ? -total : total);
    }

    private double number() throws Refusal {
        int start = pos;
        if (text.startsWith("0x", pos) || text.startsWith("0X", pos)) {
            pos += 2;
            while (pos < text.length() && Character.digit(text.charAt(pos), 16) >= 0) {
                pos++;
            }
            return Long.parseLong(text.substring(start + 2, pos), 16);
        }
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            pos++;
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
        }
        try {
            return Double.parseDouble(text.substring(start, pos));
        } catch (NumberFormatException e) {
            pos = start;
            throw error("bad number '" + text.substring(start, Math.min(text.length(), start + 10)) + "'");
        }
    }

    private String string() throws Refusal {
        skipSpace();
        if (pos >= text.length() || (text.charAt(pos) != '"' && text.charAt(pos) != '\'' && text.charAt(pos) != '`')) {
            throw error("expected a quoted label value");
        }
        char quote = text.charAt(pos++);
        StringBuilder sb = new StringBuilder();
        while (pos < text.length() && text.charAt(pos) != quote) {
            char c = text.charAt(pos++);
            if (c == '\\' && quote != '`' && pos < text.length()) {
                char next = text.charAt(pos++);
                sb.append(switch (next) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    default -> next;
                });
            } else {
                sb.append(c);
            }
        }
        if (pos >= text.length()) {
            throw error("unterminated string");
        }
        pos++;
        return sb.toString();
    }

    /** An identifier or duration-like word ({@code rate}, {@code node_up}, {@code 5m}). */
    private String word() {
        skipSpace();
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isLetterOrDigit(c) || c == '_' || c == ':' && pos > start && !peekRangeColon()) {
                pos++;
            } else {
                break;
            }
        }
        return text.substring(start, pos);
    }

    /** A colon right after a duration inside brackets starts a subquery step, not a metric name. */
    private boolean peekRangeColon() {
        int open = text.lastIndexOf('[', pos);
        int close = text.lastIndexOf(']', pos);
        return open > close;
    }

    private String operator(List<String> candidates) {
        skipSpace();
        for (String op : candidates) {
            if (Character.isLetter(op.charAt(0))) {
                if (atKeyword(op)) {
                    pos += op.length();
                    return op;
                }
            } else if (text.startsWith(op, pos)) { // longer symbols come first in each level
                pos += op.length();
                return op;
            }
        }
        return null;
    }

    private boolean atKeyword(String keyword) {
        skipSpace();
        int end = pos + keyword.length();
        return text.regionMatches(true, pos, keyword, 0, keyword.length())
                && (end >= text.length() || !(Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_'));
    }

    private boolean keyword(String keyword) {
        if (atKeyword(keyword)) {
            pos += keyword.length();
            return true;
        }
        return false;
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private boolean peek(char c) {
        skipSpace();
        return pos < text.length() && text.charAt(pos) == c;
    }

    private boolean accept(char c) {
        if (peek(c)) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) throws Refusal {
        if (!accept(c)) {
            throw error("expected '" + c + "'" + (pos < text.length() ? " at '" + text.charAt(pos) + "'" : " at the end"));
        }
    }

    private Refusal error(String message) {
        return new Refusal("cannot read the expression at character " + (pos + 1) + ": " + message);
    }
}
