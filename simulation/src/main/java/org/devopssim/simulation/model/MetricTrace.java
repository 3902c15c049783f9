package org.devopssim.simulation.model;

/**
 * A real metric series used as a traffic shape: values at a fixed step, scaled so the largest is
 * 1, played from its first sample at simulated second zero and looped when it ends.
 *
 * @param name        where it came from (file name), shown to the user
 * @param stepSeconds seconds between values
 * @param values      the shape, 0..1
 */
public record MetricTrace(String name, int stepSeconds, double[] values) {

    public MetricTrace {
        if (stepSeconds <= 0 || values == null || values.length < 2) {
            throw new IllegalArgumentException("a trace needs a positive step and at least two values");
        }
    }

    /** The shape at a simulated second, interpolated between samples (the tick is finer than the trace). */
    public double at(long second) {
        long span = (long) stepSeconds * values.length;
        double position = (double) Math.floorMod(second, span) / stepSeconds;
        int i = (int) position;
        double frac = position - i;
        double next = values[(i + 1) % values.length];
        return values[i] * (1 - frac) + next * frac;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MetricTrace t && t.name.equals(name) && t.stepSeconds == stepSeconds
                && java.util.Arrays.equals(t.values, values);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + java.util.Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "MetricTrace[" + name + ", " + values.length + " x " + stepSeconds + " s]";
    }
}
