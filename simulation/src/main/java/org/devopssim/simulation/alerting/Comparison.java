package org.devopssim.simulation.alerting;

/** How a rule compares a sample with its threshold, written as in PromQL. */
public enum Comparison {
    ABOVE(">"), AT_OR_ABOVE(">="), BELOW("<"), AT_OR_BELOW("<="), EQUAL("=="), NOT_EQUAL("!=");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean holds(double value, double threshold) {
        return switch (this) {
            case ABOVE -> value > threshold;
            case AT_OR_ABOVE -> value >= threshold;
            case BELOW -> value < threshold;
            case AT_OR_BELOW -> value <= threshold;
            case EQUAL -> value == threshold;
            case NOT_EQUAL -> value != threshold;
        };
    }

    /** @throws IllegalArgumentException naming the symbols that are accepted */
    public static Comparison ofSymbol(String symbol) {
        for (Comparison c : values()) {
            if (c.symbol.equals(symbol)) {
                return c;
            }
        }
        throw new IllegalArgumentException("expected one of >, >=, <, <=, ==, !=, got '" + symbol + "'");
    }
}
