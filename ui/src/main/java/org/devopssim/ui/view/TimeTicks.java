package org.devopssim.ui.view;

import java.text.SimpleDateFormat;
import java.util.TimeZone;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;

/**
 * Tick spacing for the chart's time axis, chosen from the span shown: about eight labels, each
 * one distinct (seconds only when ticks are less than a minute apart, weekdays beyond a day).
 */
final class TimeTicks {

    private static final int[] STEPS_SECONDS = {10, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10_800, 21_600};

    private TimeTicks() {
    }

    static DateTickUnit forSpan(long spanSeconds) {
        int step = STEPS_SECONDS[STEPS_SECONDS.length - 1];
        for (int s : STEPS_SECONDS) {
            if (s * 8L >= spanSeconds) {
                step = s;
                break;
            }
        }
        String pattern = step < 60 ? "HH:mm:ss" : spanSeconds > 20 * 3600 ? "EEE HH:mm" : "HH:mm";
        SimpleDateFormat format = new SimpleDateFormat(pattern);
        format.setTimeZone(TimeZone.getTimeZone("UTC"));
        return new DateTickUnit(DateTickUnitType.SECOND, step, format);
    }
}
