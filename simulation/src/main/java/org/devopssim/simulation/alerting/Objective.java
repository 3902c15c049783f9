package org.devopssim.simulation.alerting;

/** What a service level objective counts as a good request. */
public sealed interface Objective {

    String describe();

    /** Good = answered without error. */
    record Availability() implements Objective {
        @Override
        public String describe() {
            return "availability";
        }
    }

    /** Good = answered faster than {@code thresholdMs}. */
    record Latency(double thresholdMs) implements Objective {
        public Latency {
            if (!(thresholdMs > 0)) {
                throw new IllegalArgumentException("latency threshold must be > 0 ms: " + thresholdMs);
            }
        }

        @Override
        public String describe() {
            return "latency < " + AlertText.number(thresholdMs) + " ms";
        }
    }
}
