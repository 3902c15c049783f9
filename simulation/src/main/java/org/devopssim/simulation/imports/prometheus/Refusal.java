package org.devopssim.simulation.imports.prometheus;

/** Why an expression does not become a simulated alert rule: unreadable or outside the subset. */
public final class Refusal extends Exception {

    public Refusal(String reason) {
        super(reason);
    }

    public String reason() {
        return getMessage();
    }
}
