package org.devopssim.simulation.imports.prometheus;

import java.util.List;

/**
 * The syntax tree of a PromQL expression, as far as {@link PromQlParser} reads it: enough of the
 * language to recognise real alerting rules, including the parts that are then refused.
 */
public sealed interface PromQl {

    /** A number literal, e.g. {@code .80} or {@code 86400}. */
    record Number(double value) implements PromQl {
    }

    /** {@code label op "value"} inside braces; op is one of {@code = != =~ !~}. */
    record Matcher(String label, String op, String value) {
        public String text() {
            return label + op + '"' + value + '"';
        }
    }

    /**
     * A series selector. {@code rangeSeconds} is null for an instant vector ({@code x}), set for a
     * range vector ({@code x[5m]}); {@code offset} marks a time-shifted selector.
     */
    record Selector(String name, List<Matcher> matchers, Long rangeSeconds, boolean offset) implements PromQl {
        public Selector {
            matchers = List.copyOf(matchers);
        }
    }

    /** A function call such as {@code rate(x[5m])}. */
    record Call(String function, List<PromQl> args) implements PromQl {
        public Call {
            args = List.copyOf(args);
        }
    }

    /** {@code sum by (instance) (x)}; {@code without} tells {@code without (...)} from {@code by (...)}. */
    record Aggregate(String op, boolean without, List<String> labels, boolean grouped, PromQl parameter, PromQl inner)
            implements PromQl {
        public Aggregate {
            labels = List.copyOf(labels);
        }
    }

    /**
     * A binary operation. {@code bool} is the comparison modifier; {@code matching} says the
     * expression used {@code on}, {@code ignoring} or {@code group_left/right}.
     */
    record Binary(String op, PromQl left, PromQl right, boolean bool, boolean matching) implements PromQl {
        public boolean isComparison() {
            return switch (op) {
                case "==", "!=", ">", "<", ">=", "<=" -> true;
                default -> false;
            };
        }

        public boolean isSetOperation() {
            return op.equals("and") || op.equals("or") || op.equals("unless");
        }
    }
}
