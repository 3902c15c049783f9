package org.devopssim.ui.exercise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.devopssim.simulation.exercise.MinuteSample;
import org.devopssim.simulation.exercise.TimelineEntry;
import org.junit.jupiter.api.Test;

/** The debrief and comparison charts, drawn off screen. */
class RunChartTest {

    private static List<MinuteSample> run(double rps, double errors) {
        List<MinuteSample> minutes = new ArrayList<>();
        for (int m = 0; m < 30; m++) {
            minutes.add(new MinuteSample(m, rps + m, m == 10 ? errors : 0, 80, 99.9, 4, m * 0.1));
        }
        return minutes;
    }

    private static boolean has(BufferedImage image, Color colour) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == (colour.getRGB() & 0xffffff)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void theDebriefChartMarksIncidentsAlertsAndActionsInTheirColours() {
        BufferedImage plain = RunChart.debrief(run(1000, 5), List.of(), 800, 300);
        BufferedImage marked = RunChart.debrief(run(1000, 5), List.of(
                new TimelineEntry(600, "incident", "db-primary-crash db-primary"),
                new TimelineEntry(640, "alert-firing", "FIRING PostgresqlDown"),
                new TimelineEntry(615, "action", "failover db-replica"),
                new TimelineEntry(700, "hint", "not drawn")), 800, 300);
        assertEquals(800, marked.getWidth());
        assertEquals(300, marked.getHeight());
        assertFalse(has(plain, RunChart.ACTION), "no action, no green marker");
        assertTrue(has(marked, RunChart.ACTION), "the action is marked");
        assertTrue(has(marked, RunChart.ALERT), "the alert is marked");
        byte[] png = RunChart.png(marked);
        assertArrayEquals(new byte[]{(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
    }

    @Test
    void twoRunsAreDrawnInTwoColours() {
        BufferedImage one = RunChart.compare(List.of(new RunChart.Series("#1 Ada", run(1000, 5))), 800, 300);
        BufferedImage two = RunChart.compare(List.of(new RunChart.Series("#1 Ada", run(1000, 5)),
                new RunChart.Series("#2 Grace", run(600, 20))), 800, 300);
        Color second = new Color(0xcc79a7);
        assertFalse(has(one, second));
        assertTrue(has(two, second), "the second run has its own colour");
    }
}
