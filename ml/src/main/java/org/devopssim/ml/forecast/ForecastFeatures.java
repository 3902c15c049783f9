package org.devopssim.ml.forecast;

/**
 * Turns history into scale-free network inputs: values are centred and scaled by the mean and spread of
 * the last day, so one model serves 5 req/s and 5,000 req/s alike and its outputs map back the same way.
 */
final class ForecastFeatures {

    private ForecastFeatures() {
    }

    /** Location and scale of the day before an origin. */
    record Scale(double mean, double spread) {
        double normalize(double v) {
            return (v - mean) / spread;
        }

        double restore(double z) {
            return mean + z * spread;
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
        return new Scale(mean, Math.max(sd, 1e-6 + 1e-3 * Math.abs(mean)));
    }

    /** Fills {@code out} (length {@code spec.inputs()}) for a forecast made after sample {@code last}. */
    static void inputs(double[] values, int last, long lastTimestamp, ForecastSpec spec, Scale scale, float[] out) {
        int k = 0;
        for (int i = last - spec.lags() + 1; i <= last; i++) {
            out[k++] = (float) scale.normalize(values[i]);
        }
        for (int h = 1; h <= spec.horizon(); h++) {
            out[k++] = (float) scale.normalize(values[seasonalIndex(last, h, spec.seasonRows())]);
        }
        long next = lastTimestamp + spec.stepSeconds();
        double dayPhase = 2 * Math.PI * Math.floorMod(next, 86_400L) / 86_400.0;
        double weekPhase = 2 * Math.PI * Math.floorMod(next + 3 * 86_400L, 7 * 86_400L) / (7 * 86_400.0); // epoch day 0 is a Thursday
        out[k++] = (float) Math.sin(dayPhase);
        out[k++] = (float) Math.cos(dayPhase);
        out[k++] = (float) Math.sin(weekPhase);
        out[k] = (float) Math.cos(weekPhase);
    }

    /** The newest known sample at the same time of day as step {@code h} ahead of {@code last}. */
    static int seasonalIndex(int last, int h, int seasonRows) {
        int back = seasonRows * (int) Math.ceil(h / (double) seasonRows);
        return last + h - back;
    }
}
