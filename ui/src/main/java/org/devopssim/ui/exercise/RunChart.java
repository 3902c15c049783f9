package org.devopssim.ui.exercise;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.devopssim.simulation.exercise.MinuteSample;
import org.devopssim.simulation.exercise.TimelineEntry;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A graded run as a picture: request rate and error rate per minute, with the incidents, alerts and
 * the student's actions marked where they happened; or two runs over each other. Drawn off screen
 * (Java2D, no FX), so it can be made off the FX thread and embedded in a report as a PNG.
 */
public final class RunChart {

    static final Color RATE = new Color(0x0072b2);
    static final Color ERRORS = new Color(0xd55e00);
    static final Color INCIDENT = new Color(0xd55e00);
    static final Color ALERT = new Color(0xe69f00);
    static final Color ACTION = new Color(0x009e73);
    static final Color REFUSED = new Color(0x8c959f);

    /** One run to draw, under a name for the legend. */
    public record Series(String name, List<MinuteSample> minutes) {
        public Series {
            minutes = List.copyOf(minutes);
        }
    }

    private RunChart() {
    }

    /** One run with its story marked: incidents (red), alerts firing (orange), actions (green), refused (grey). */
    public static BufferedImage debrief(List<MinuteSample> minutes, List<TimelineEntry> timeline, int width, int height) {
        XYPlot plot = plot(List.of(new Series("", minutes)));
        for (TimelineEntry t : timeline) {
            Color colour = switch (t.kind()) {
                case "incident" -> INCIDENT;
                case "alert-firing" -> ALERT;
                case "action" -> ACTION;
                case "refused" -> REFUSED;
                default -> null;
            };
            if (colour == null) {
                continue;
            }
            ValueMarker marker = new ValueMarker(t.second() / 60.0, colour,
                    new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                            10f, t.kind().equals("alert-firing") ? new float[]{4f, 3f} : null, 0f));
            marker.setAlpha(1f); // opaque, so each marker keeps the colour its legend names
            if (t.kind().equals("incident") || t.kind().equals("action")) {
                marker.setLabel(shortLabel(t.text()));
                marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
                marker.setLabelPaint(colour.darker());
                marker.setLabelAnchor(t.kind().equals("incident") ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.BOTTOM_RIGHT);
                marker.setLabelTextAnchor(t.kind().equals("incident") ? TextAnchor.TOP_LEFT : TextAnchor.BOTTOM_LEFT);
                marker.setLabelOffset(new RectangleInsets(4, 4, 4, 4));
            }
            plot.addDomainMarker(marker, Layer.FOREGROUND);
        }
        return image(plot, null, width, height);
    }

    /** Two (or more) runs over each other: solid request rate and dashed error rate, one colour per run. */
    public static BufferedImage compare(List<Series> runs, int width, int height) {
        return image(plot(runs), "Request rate (solid) and error rate (dashed), per minute", width, height);
    }

    public static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static final Color[] RUN_COLOURS = {RATE, new Color(0xcc79a7), new Color(0x009e73), new Color(0xe69f00)};

    private static XYPlot plot(List<Series> runs) {
        XYSeriesCollection rates = new XYSeriesCollection();
        XYSeriesCollection errors = new XYSeriesCollection();
        for (Series run : runs) {
            String suffix = run.name().isEmpty() ? "" : " — " + run.name();
            XYSeries rate = new XYSeries("requests/s" + suffix);
            XYSeries error = new XYSeries("errors %" + suffix);
            for (MinuteSample m : run.minutes()) {
                rate.add(m.minute(), m.offeredRps());
                error.add(m.minute(), m.errorRatePercent());
            }
            rates.addSeries(rate);
            errors.addSeries(error);
        }
        NumberAxis minutes = new NumberAxis("minute of the exercise");
        minutes.setAutoRangeIncludesZero(true);
        NumberAxis rateAxis = new NumberAxis("requests/s");
        NumberAxis errorAxis = new NumberAxis("errors %");
        errorAxis.setRange(0, Math.max(5, maxError(runs) * 1.15));
        XYLineAndShapeRenderer rateLines = new XYLineAndShapeRenderer(true, false);
        XYLineAndShapeRenderer errorLines = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < runs.size(); i++) {
            boolean one = runs.size() == 1;
            Color c = RUN_COLOURS[i % RUN_COLOURS.length];
            rateLines.setSeriesPaint(i, c);
            rateLines.setSeriesStroke(i, new BasicStroke(2f));
            errorLines.setSeriesPaint(i, one ? ERRORS : c);
            errorLines.setSeriesStroke(i, one ? new BasicStroke(2f)
                    : new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{6f, 4f}, 0f));
        }
        XYPlot plot = new XYPlot(rates, minutes, rateAxis, rateLines);
        plot.setDataset(1, errors);
        plot.setRangeAxis(1, errorAxis);
        plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRenderer(1, errorLines);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xe3e7ec));
        plot.setRangeGridlinePaint(new Color(0xe3e7ec));
        return plot;
    }

    private static double maxError(List<Series> runs) {
        return runs.stream().flatMap(r -> r.minutes().stream()).mapToDouble(MinuteSample::errorRatePercent).max().orElse(0);
    }

    private static BufferedImage image(XYPlot plot, String title, int width, int height) {
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 13), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        return chart.createBufferedImage(width, height);
    }

    /** The action's name and target: "failover db-primary", not every parameter. */
    private static String shortLabel(String text) {
        String[] words = text.split(" ");
        return words.length <= 2 ? text : words[0] + " " + (words[1].contains("=") ? "" : words[1]);
    }
}
