package org.devopssim.simulation.metrics;

/**
 * Samples of one metric over a time range, oldest first.
 *
 * @param times simulated seconds of each sample
 * @param stepSeconds resolution the samples were read at (1 for recent history, coarser for older)
 */
public record Series(long[] times, double[] values, int stepSeconds) {

    public int size() {
        return times.length;
    }

    public boolean isEmpty() {
        return times.length == 0;
    }

    public double last() {
        return values[values.length - 1];
    }

    /**
     * Means of whole minutes, oldest first, ending with the newest complete minute: minute means
     * already held count as they are, one-second samples are averaged per minute, and a partly
     * recorded minute at either end is left out.
     *
     * @return the means, and (via {@code firstMinute}) the simulated second the first one starts at
     */
    public MinuteMeans minuteMeans() {
        java.util.List<Double> means = new java.util.ArrayList<>();
        long first = -1;
        int i = 0;
        while (i < times.length) {
            long minute = Math.floorDiv(times[i], 60);
            int j = i;
            double sum = 0;
            while (j < times.length && Math.floorDiv(times[j], 60) == minute) {
                sum += values[j];
                j++;
            }
            boolean heldAsMean = j - i == 1 && times[i] % 60 == 0 && (i + 1 == times.length || times[i + 1] - times[i] == 60);
            if (heldAsMean || j - i == 60) {
                if (first < 0) {
                    first = minute * 60;
                }
                means.add(sum / (j - i));
            } else if (first >= 0 && j < times.length) {
                // A gap inside the series: keep only the contiguous run that ends at the newest minute.
                means.clear();
                first = -1;
            }
            i = j;
        }
        return new MinuteMeans(first, means.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Per-minute means starting at simulated second {@code firstSecond} (-1 when there are none). */
    public record MinuteMeans(long firstSecond, double[] values) {
    }
}
