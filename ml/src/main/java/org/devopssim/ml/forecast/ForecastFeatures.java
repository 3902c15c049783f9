package org.devopssim.ml.forecast;

/**
 * Turns history into scale-free, level-free network inputs. Everything is measured from the newest value
 * in units of the last day's spread, so one model serves 5 req/s and 5,000 req/s alike and a level shift
 * does not push inputs outside what training saw: recent samples relative to now, yesterday's movement
 * over the forecast period, the time of day and week. Targets are the change from the newest value: an
 * output of zero is the last-value forecast, and the network learns what differs from it.
 */
final class ForecastFeatures {

    private ForecastFeatures() {
    }

    /** Location and scale of the day before an origin, and the newest value that targets are relative to. */
    record Scale(double mean, double spread, double anchor) {
        double target(double v) {
            return (v - anchor) / spread;
        }

        double restore(double targetValue) {
            return anchor + targetValue * spread;
        }
    }

    /** @param last index of the newest known sample; needs {@code spec.historyNeeded()} samples up to it */
    static Scale scale(double[] values, int last, ForecastSpec spec) {
        int from = last - spec.seasonRows() + 1;
        double sum = 0;
        for (int i = from; i <= last; i++) {
            sum += values[i];
        }
        double mean = sum / spec.seasonRows();
        double squares = 0;
        for (int i = from; i <= last; i++) {
            squares += (values[i] - mean) * (values[i] - mean);
        }
        double sd = Math.sqrt(squares / spec.seasonRows());
        return new Scale(mean, Math.max(sd, 1e-6 + 1e-3 * Math.abs(mean)), values[last]);
    }

    /** Fills {@code out} (length {@code spec.inputs()}) for a forecast made after sample {@code last}. */
    static void inputs(double[] values, int last, long lastTimestamp, ForecastSpec spec, Scale scale, float[] out) {
        int k = 0;
        for (int i = last - spec.lags() + 1; i <= last; i++) {
            out[k++] = clip(scale.target(values[i]));
        }
        int yesterday = last - spec.seasonRows();
        for (int h = 1; h <= spec.horizon(); h++) {
            out[k++] = clip((values[seasonalIndex(last, h, spec.seasonRows())] - values[yesterday]) / scale.spread());
        }
        long next = lastTimestamp + spec.stepSeconds();
        double dayPhase = 2 * Math.PI * Math.floorMod(next, 86_400L) / 86_400.0;
        double weekPhase = 2 * Math.PI * Math.floorMod(next + 3 * 86_400L, 7 * 86_400L) / (7 * 86_400.0); // epoch day 0 is a Thursday
        out[k++] = (float) Math.sin(dayPhase);
        out[k++] = (float) Math.cos(dayPhase);
        out[k++] = (float) Math.sin(weekPhase);
        out[k] = (float) Math.cos(weekPhase);
    }

    /** Bounds inputs so one wild sample cannot drive the network far outside what it was trained on. */
    private static float clip(double z) {
        return (float) Math.max(-20, Math.min(20, z));
    }

    /** The newest known sample at the same time of day as step {@code h} ahead of {@code last}. */
    static int seasonalIndex(int last, int h, int seasonRows) {
        int back = seasonRows * (int) Math.ceil(h / (double) seasonRows);
        return last + h - back;
    }
}
