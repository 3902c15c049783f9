package org.devopssim.simulation.imports.prometheus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.devopssim.simulation.alerting.AlertRule;
import org.devopssim.simulation.alerting.Comparison;
import org.devopssim.simulation.alerting.Target;
import org.devopssim.simulation.metrics.Metric;
import org.devopssim.simulation.model.NodeKind;

/**
 * Turns a PromQL alert expression into one simulated figure compared with one number, or says
 * why it cannot. The figure is tracked as {@code scale x metric + offset} through the
 * expression, so {@code 1 - MemAvailable / MemTotal > .9} becomes {@code memory > 90}.
 */
final class RuleTranslator {

    /** Labels that name one node (a scrape target, a pod, a deployment). */
    private static final Set<String> NODE_LABELS = Set.of("instance", "node", "pod", "deployment", "statefulset",
            "service", "host", "hostname");
    private static final Map<String, NodeKind> JOB_ALIASES = Map.of("postgresql", NodeKind.POSTGRES,
            "postgres-exporter", NodeKind.POSTGRES, "postgres_exporter", NodeKind.POSTGRES,
            "redis-exporter", NodeKind.REDIS, "redis_exporter", NodeKind.REDIS, "kafka-exporter", NodeKind.KAFKA);
    private static final Set<String> HOST_JOBS = Set.of("node", "node-exporter", "node_exporter", "devopssim");
    /** Figures the engine also keeps for the whole system (MetricsStore.SYSTEM). */
    private static final Set<Metric> SYSTEM_FIGURES = Set.of(Metric.REQUEST_RATE, Metric.ERROR_RATE,
            Metric.LATENCY_P50, Metric.LATENCY_P95, Metric.LATENCY_P99, Metric.CPU, Metric.INSTANCES,
            Metric.COST_PER_HOUR, Metric.AVAILABILITY, Metric.QUEUE);

    /** What an expression became. */
    record Translation(Metric metric, Target target, Comparison comparison, double threshold, AlertRule.Window window,
                       List<String> notes) {
    }

    /** Intermediate values while walking the tree. */
    private sealed interface Value {
    }

    private record Scalar(double value) implements Value {
    }

    /** One side of a ratio that only as a ratio has a simulated counterpart. */
    private record Part(PromQl.Selector selector) implements Value {
    }

    /**
     * {@code scale x metric + offset} per node; {@code across} is "max"/"min" when nodes were
     * aggregated away by that operator.
     */
    private record Figure(String source, ExporterMetrics.Mapping base, double scale, double offset,
                          AlertRule.Window window, List<PromQl.Matcher> matchers, String across) implements Value {
        Figure affine(double a, double b) {
            return new Figure(source, base, scale * a, offset * a + b, window, matchers, across);
        }
    }

    private record Condition(Figure figure, String op, double value) implements Value {
    }

    private final List<String> notes = new ArrayList<>();

    private RuleTranslator() {
    }

    static Translation translate(String expression) throws Refusal {
        RuleTranslator t = new RuleTranslator();
        return t.rule(PromQlParser.parse(expression));
    }

    private Translation rule(PromQl expr) throws Refusal {
        Value v = value(expr);
        if (!(v instanceof Condition c)) {
            throw new Refusal("not a comparison with a number: the rule would fire for every series present");
        }
        return condition(c);
    }

    private Translation condition(Condition c) throws Refusal {
        Figure f = c.figure();
        Metric metric = f.base().metric();
        if (f.across() != null) {
            boolean upward = c.op().equals(">") || c.op().equals(">=");
            boolean downward = c.op().equals("<") || c.op().equals("<=");
            if (!(f.across().equals("max") && upward || f.across().equals("min") && downward)) {
                throw new Refusal(f.across() + "() across nodes compared with '" + c.op()
                        + "' has no per-node equivalent; group by (instance) to alert per node");
            }
            notes.add(f.across() + "() across nodes " + c.op() + " a number holds when some node's value does: "
                    + "the alert fires for each such node");
        }
        Target target = target(f);
        if (target instanceof Target.SystemWide && !SYSTEM_FIGURES.contains(metric)) {
            throw new Refusal("the simulation keeps no system-wide " + metric.label().toLowerCase());
        }
        Comparison op;
        double threshold;
        if (f.base().up()) {
            // An *_up series is 1 while a node has a ready instance: compare the ready count with 1.
            boolean atZero = holds(c.op(), 0, c.value());
            boolean atOne = holds(c.op(), 1, c.value());
            if (atZero == atOne) {
                throw new Refusal(f.source() + " " + c.op() + " " + number(c.value()) + " is "
                        + (atZero ? "always" : "never") + " true for a 0/1 series");
            }
            op = atZero ? Comparison.BELOW : Comparison.AT_OR_ABOVE;
            threshold = 1;
            notes.add(f.source() + " is 1 while the node has a ready instance");
        } else {
            if (f.scale() == 0) {
                throw new Refusal("the expression does not depend on " + f.source());
            }
            threshold = (c.value() - f.offset()) / f.scale();
            op = Comparison.ofSymbol(f.scale() < 0 ? flipped(c.op()) : c.op());
        }
        AlertRule.Window window = f.window();
        if (window != null && f.base().scale() < 0 && window.aggregation() != AlertRule.Aggregation.AVG) {
            // max_over_time of (1 - cpu/100) is 1 - min_over_time(cpu)/100.
            window = new AlertRule.Window(window.aggregation() == AlertRule.Aggregation.MAX
                    ? AlertRule.Aggregation.MIN : AlertRule.Aggregation.MAX, window.seconds());
        }
        return new Translation(metric, target, op, round(threshold), window, List.copyOf(notes));
    }

    // ---- values -------------------------------------------------------------------------------

    private Value value(PromQl e) throws Refusal {
        return switch (e) {
            case PromQl.Number n -> new Scalar(n.value());
            case PromQl.Selector s -> selector(s);
            case PromQl.Call c -> call(c);
            case PromQl.Aggregate a -> aggregate(a);
            case PromQl.Binary b -> binary(b);
        };
    }

    private Value selector(PromQl.Selector s) throws Refusal {
        if (s.name() == null) {
            throw new Refusal("selectors by {__name__=...} are not supported");
        }
        if (s.offset()) {
            throw new Refusal("offset (comparing with the past) is not supported");
        }
        if (s.rangeSeconds() != null) {
            throw new Refusal("the range vector " + s.name() + "[...] needs a function such as rate() or avg_over_time()");
        }
        ExporterMetrics.Mapping m = ExporterMetrics.gauge(s.name());
        if (m != null) {
            return new Figure(s.name(), m, m.scale(), m.offset(), null, s.matchers(), null);
        }
        if (ExporterMetrics.isRatioPart(s.name())) {
            return new Part(s);
        }
        if (ExporterMetrics.counter(s.name()) != null) {
            throw new Refusal(s.name() + " is a counter: use rate(" + s.name() + "[5m])");
        }
        throw new Refusal("no simulated figure for " + s.name());
    }

    private Value call(PromQl.Call c) throws Refusal {
        String fn = c.function();
        switch (fn) {
            case "rate", "irate", "increase" -> {
                PromQl.Selector s = rangeArgument(c);
                ExporterMetrics.Mapping m = ExporterMetrics.counter(s.name());
                if (m == null) {
                    throw new Refusal(ExporterMetrics.gauge(s.name()) != null || ExporterMetrics.isRatioPart(s.name())
                            ? fn + "() of " + s.name() + ", which is not a counter"
                            : "no simulated figure for " + s.name());
                }
                List<PromQl.Matcher> matchers = cpuMode(s);
                double per = fn.equals("increase") ? s.rangeSeconds() : 1;
                AlertRule.Window window = fn.equals("irate") ? null
                        : new AlertRule.Window(AlertRule.Aggregation.AVG, s.rangeSeconds());
                if (fn.equals("irate")) {
                    notes.add("irate() reads the simulated per-second figure");
                }
                return new Figure(fn + "(" + s.name() + ")", m, m.scale() * per, m.offset() * per, window, matchers, null);
            }
            case "avg_over_time", "max_over_time", "min_over_time" -> {
                PromQl.Selector s = rangeArgument(c);
                if (!(selector(new PromQl.Selector(s.name(), s.matchers(), null, s.offset())) instanceof Figure f)) {
                    throw new Refusal(fn + "() of " + s.name() + ": only a ratio of it has a simulated figure");
                }
                AlertRule.Aggregation agg = AlertRule.Aggregation.valueOf(fn.substring(0, 3).toUpperCase());
                return new Figure(fn + "(" + s.name() + ")", f.base(), f.scale(), f.offset(),
                        new AlertRule.Window(agg, s.rangeSeconds()), f.matchers(), null);
            }
            default -> throw new Refusal("the function " + fn + "() is outside the supported subset"
                    + " (rate, irate, increase, avg_over_time, max_over_time, min_over_time)");
        }
    }

    private static PromQl.Selector rangeArgument(PromQl.Call c) throws Refusal {
        if (c.args().size() != 1 || !(c.args().getFirst() instanceof PromQl.Selector s) || s.rangeSeconds() == null
                || s.name() == null) {
            throw new Refusal(c.function() + "() is supported on a series selector with a range, e.g. "
                    + c.function() + "(x[5m])");
        }
        if (s.offset()) {
            throw new Refusal("offset (comparing with the past) is not supported");
        }
        return s;
    }

    /** node_cpu_seconds_total has one series per CPU mode; the simulation's CPU figure is busy time. */
    private static List<PromQl.Matcher> cpuMode(PromQl.Selector s) throws Refusal {
        if (!s.name().equals("node_cpu_seconds_total")) {
            return s.matchers();
        }
        List<PromQl.Matcher> rest = new ArrayList<>();
        boolean idle = false;
        for (PromQl.Matcher m : s.matchers()) {
            if (m.label().equals("mode")) {
                if (!(m.op().equals("=") && m.value().equals("idle"))) {
                    throw new Refusal("node_cpu_seconds_total{" + m.text() + "}: the simulation has one CPU figure,"
                            + " mapped for mode=\"idle\" only");
                }
                idle = true;
            } else {
                rest.add(m);
            }
        }
        if (!idle) {
            throw new Refusal("node_cpu_seconds_total without mode=\"idle\" sums every CPU mode");
        }
        return rest;
    }

    private Value aggregate(PromQl.Aggregate a) throws Refusal {
        if (!Set.of("sum", "avg", "max", "min").contains(a.op())) {
            throw new Refusal("the aggregation " + a.op() + "() is outside the supported subset (sum, avg, max, min)");
        }
        if (!(value(a.inner()) instanceof Figure f)) {
            throw new Refusal(a.op() + "() of something other than a simulated figure");
        }
        if (f.across() != null) {
            throw new Refusal("nested aggregations across nodes are not supported");
        }
        boolean keepsNode = a.grouped() && (a.without()
                ? a.labels().stream().noneMatch(NODE_LABELS::contains)
                : a.labels().stream().anyMatch(NODE_LABELS::contains));
        String clause = a.grouped() ? (a.without() ? " without (" : " by (") + String.join(", ", a.labels()) + ")" : "";
        if (keepsNode) {
            notes.add(a.op() + clause + ": one series per node in the simulation, so each node keeps its own value");
            return f;
        }
        if (f.matchers().stream().anyMatch(m -> m.label().equals("node") && m.value().equals("system"))) {
            return f;
        }
        if (a.op().equals("max") || a.op().equals("min")) {
            return new Figure(a.op() + "(" + f.source() + ")", f.base(), f.scale(), f.offset(), f.window(),
                    f.matchers(), a.op());
        }
        throw new Refusal(a.op() + clause + " adds up nodes; the simulation has no such figure for "
                + f.source() + " (group by (instance) to alert per node)");
    }

    private Value binary(PromQl.Binary b) throws Refusal {
        if (b.op().equals("and")) {
            Value left = value(b.left());
            String guard = guard(b.right());
            if (!(left instanceof Condition)) {
                throw new Refusal("'and' is supported after a comparison only");
            }
            notes.add("'and " + guard + "' always holds in the simulation: left out");
            return left;
        }
        if (b.isSetOperation()) {
            throw new Refusal("'" + b.op() + "' is outside the supported subset");
        }
        if (b.bool()) {
            throw new Refusal("comparisons with 'bool' are not supported");
        }
        String l = firstSeries(b.left());
        String r = firstSeries(b.right());
        if (b.isComparison() && l != null && r != null) {
            throw new Refusal("compares two series (" + l + " " + b.op() + " " + r
                    + "); a simulated rule compares one figure with a number");
        }
        Value left = value(b.left());
        Value right = value(b.right());
        if (b.isComparison()) {
            return compare(b.op(), left, right);
        }
        return arithmetic(b.op(), left, right);
    }

    private Value compare(String op, Value left, Value right) throws Refusal {
        if (left instanceof Figure f && right instanceof Scalar s) {
            return new Condition(f, op, s.value());
        }
        if (left instanceof Scalar s && right instanceof Figure f) {
            return new Condition(f, flipped(op), s.value());
        }
        if (left instanceof Scalar a && right instanceof Scalar c) {
            throw new Refusal("compares two numbers (" + number(a.value()) + " " + op + " " + number(c.value()) + ")");
        }
        if (left instanceof Figure a && right instanceof Figure c) {
            throw new Refusal("compares two series (" + a.source() + " " + op + " " + c.source()
                    + "); a simulated rule compares one figure with a number");
        }
        throw new Refusal("compares " + describe(left) + " with " + describe(right)
                + "; a simulated rule compares one figure with a number");
    }

    private Value arithmetic(String op, Value left, Value right) throws Refusal {
        if (left instanceof Scalar a && right instanceof Scalar c) {
            return new Scalar(switch (op) {
                case "+" -> a.value() + c.value();
                case "-" -> a.value() - c.value();
                case "*" -> a.value() * c.value();
                case "/" -> a.value() / c.value();
                case "%" -> a.value() % c.value();
                case "^" -> Math.pow(a.value(), c.value());
                default -> throw new Refusal("the operator " + op + " is outside the supported subset");
            });
        }
        if (left instanceof Part p && right instanceof Part q) {
            ExporterMetrics.Mapping m = ExporterMetrics.ratio(p.selector().name(), q.selector().name());
            if (m == null || !op.equals("/")) {
                throw new Refusal(p.selector().name() + " " + op + " " + q.selector().name()
                        + " has no simulated figure; supported ratios: " + ExporterMetrics.ratios());
            }
            List<PromQl.Matcher> matchers = new ArrayList<>(p.selector().matchers());
            matchers.addAll(q.selector().matchers());
            return new Figure(p.selector().name() + " / " + q.selector().name(), m, m.scale(), m.offset(), null,
                    matchers, null);
        }
        if (left instanceof Figure f && right instanceof Scalar s) {
            rejectUp(f, op);
            return switch (op) {
                case "+" -> f.affine(1, s.value());
                case "-" -> f.affine(1, -s.value());
                case "*" -> f.affine(s.value(), 0);
                case "/" -> f.affine(1 / s.value(), 0);
                default -> throw new Refusal("the operator " + op + " on a series is outside the supported subset");
            };
        }
        if (left instanceof Scalar s && right instanceof Figure f) {
            rejectUp(f, op);
            return switch (op) {
                case "+" -> f.affine(1, s.value());
                case "-" -> f.affine(-1, s.value());
                case "*" -> f.affine(s.value(), 0);
                default -> throw new Refusal(number(s.value()) + " " + op + " a series is outside the supported subset");
            };
        }
        throw new Refusal(describe(left) + " " + op + " " + describe(right) + " has no simulated figure; "
                + "supported ratios: " + ExporterMetrics.ratios());
    }

    private static void rejectUp(Figure f, String op) throws Refusal {
        if (f.base().up()) {
            throw new Refusal("arithmetic (" + op + ") on the 0/1 series " + f.source() + " is not supported");
        }
    }

    /** The name of the first series an expression reads, null for plain numbers. */
    private static String firstSeries(PromQl e) {
        return switch (e) {
            case PromQl.Number n -> null;
            case PromQl.Selector s -> s.name() == null ? "{...}" : s.name();
            case PromQl.Call c -> c.args().stream().map(RuleTranslator::firstSeries).filter(java.util.Objects::nonNull)
                    .findFirst().orElse(null);
            case PromQl.Aggregate a -> firstSeries(a.inner());
            case PromQl.Binary b -> firstSeries(b.left()) != null ? firstSeries(b.left()) : firstSeries(b.right());
        };
    }

    /** The right side of {@code and}: a comparison that holds for every simulated node. */
    private static String guard(PromQl e) throws Refusal {
        if (e instanceof PromQl.Binary b && b.isComparison() && !b.bool() && b.left() instanceof PromQl.Selector s
                && s.name() != null && s.rangeSeconds() == null && b.right() instanceof PromQl.Number n
                && ExporterMetrics.alwaysHolds(s.name(), b.op(), n.value())) {
            return s.name() + " " + b.op() + " " + number(n.value());
        }
        throw new Refusal("'and' with a second condition the simulation cannot check (only guards that always hold, "
                + "such as 'and redis_memory_max_bytes > 0', are left out)");
    }

    private static String describe(Value v) {
        return switch (v) {
            case Scalar s -> number(s.value());
            case Part p -> p.selector().name() + " (alone: only its ratio has a simulated figure)";
            case Figure f -> f.source();
            case Condition c -> "a comparison";
        };
    }

    // ---- targets ------------------------------------------------------------------------------

    private Target target(Figure f) throws Refusal {
        Target node = null;
        NodeKind kind = null;
        boolean system = false;
        for (PromQl.Matcher m : f.matchers()) {
            String label = m.label();
            if (ExporterMetrics.DIMENSIONS.contains(label)) {
                notes.add("{" + m.text() + "} picks among disks/CPUs/databases; a simulated node has one: ignored");
            } else if (label.equals("node") && m.op().equals("=") && m.value().equals("system")) {
                system = true;
            } else if (NODE_LABELS.contains(label)) {
                if (node != null) {
                    throw new Refusal("more than one node matcher ({" + m.text() + "})");
                }
                node = nodeTarget(m);
            } else if (label.equals("job") || label.equals("kind")) {
                if (!m.op().equals("=")) {
                    throw new Refusal("{" + m.text() + "}: only " + label + "=\"...\" is supported");
                }
                NodeKind k = kindOf(label, m.value());
                if (k != null && kind != null && k != kind) {
                    throw new Refusal("{" + m.text() + "} contradicts kind " + kind.wireName());
                }
                kind = k != null ? k : kind;
            } else {
                throw new Refusal("the label matcher {" + m.text() + "} has no counterpart in the simulation");
            }
        }
        NodeKind implied = f.base().kind();
        if (implied != null && kind != null && implied != kind) {
            throw new Refusal(f.source() + " comes from " + implied.wireName() + " nodes, not " + kind.wireName());
        }
        if (system) {
            if (node != null || kind != null || implied != null) {
                throw new Refusal("node=\"system\" (the whole system) cannot be combined with other node matchers");
            }
            return new Target.SystemWide();
        }
        if (node != null) {
            return node;
        }
        NodeKind k = kind != null ? kind : implied;
        return k == null ? new Target.AllNodes() : new Target.Kind(k);
    }

    private static Target nodeTarget(PromQl.Matcher m) throws Refusal {
        // Prometheus instances carry a port ("db:9187"); simulated node ids do not.
        String value = m.label().equals("instance") && m.op().equals("=") ? m.value().replaceFirst(":\\d+$", "")
                : m.value();
        try {
            return switch (m.op()) {
                case "=" -> new Target.NodeId(value);
                case "!=" -> new Target.NodePattern(value.matches("[\\w.-]*") ? value.replace(".", "\\.")
                        : Pattern.quote(value), true);
                case "=~" -> new Target.NodePattern(value, false);
                default -> new Target.NodePattern(value, true);
            };
        } catch (PatternSyntaxException e) {
            throw new Refusal("{" + m.text() + "}: bad regular expression: " + e.getDescription());
        }
    }

    private static NodeKind kindOf(String label, String value) throws Refusal {
        if (label.equals("job") && HOST_JOBS.contains(value)) {
            return null;
        }
        NodeKind alias = label.equals("job") ? JOB_ALIASES.get(value) : null;
        if (alias != null) {
            return alias;
        }
        return Arrays.stream(NodeKind.values()).filter(k -> k.wireName().equals(value)).findFirst()
                .orElseThrow(() -> new Refusal(label + "=\"" + value + "\" names no node kind; expected one of "
                        + Arrays.stream(NodeKind.values()).map(NodeKind::wireName).toList()));
    }

    // ---- numbers ------------------------------------------------------------------------------

    private static boolean holds(String op, double v, double c) {
        return Comparison.ofSymbol(op).holds(v, c);
    }

    private static String flipped(String op) {
        return switch (op) {
            case ">" -> "<";
            case "<" -> ">";
            case ">=" -> "<=";
            case "<=" -> ">=";
            default -> op;
        };
    }

    /** Float noise from scaling (0.9 / 0.01) would print as 89.99999999999999. */
    private static double round(double v) {
        return Double.isFinite(v) ? Math.round(v * 1e9) / 1e9 : v;
    }

    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
