package org.devopssim.ml.rl;

import org.devopssim.simulation.spi.ScalingState;

/**
 * The agent's view of a service, normalised so one network serves services of any size: rates as shares
 * of the service's full capacity (max instances at full utilisation) and of what the instances paid for
 * can serve, counts as shares of the maximum, the queue in seconds of one instance's work (log-scaled).
 */
public final class ScalingFeatures {

    public static final int COUNT = 9;

    private ScalingFeatures() {
    }

    public static float[] of(ScalingState s) {
        float[] f = new float[COUNT];
        of(s, f);
        return f;
    }

    public static void of(ScalingState s, float[] f) {
        double rps = Math.max(1e-9, s.instanceRps());
        double max = Math.max(1, s.maxInstances());
        double full = max * rps;
        double paid = Math.max(1, s.instances()) * rps;
        f[0] = (float) (s.arrivals() / full);
        f[1] = (float) (s.forecastPeak() / full);
        f[2] = (float) Math.min(2, s.utilization());
        f[3] = (float) (s.instances() / max);
        f[4] = (float) (s.ready() / max);
        f[5] = (float) (Math.min(5, Math.log1p(s.queue() / rps)) / 5);
        f[6] = (float) Math.min(3, s.arrivals() / paid);
        f[7] = (float) Math.min(3, s.forecastPeak() / paid);
        f[8] = (float) (s.minInstances() / max);
    }
}
