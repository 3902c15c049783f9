package org.devopssim.ui.exercise;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import org.devopssim.simulation.exercise.GradeReport;
import org.devopssim.simulation.exercise.ObjectiveResult;
import org.devopssim.simulation.exercise.TimelineEntry;
import org.devopssim.simulation.scenario.Durations;

/**
 * A debrief as one self-contained HTML file: styles inline and the chart as a base64 PNG, so it
 * opens anywhere (mail, a learning platform) without the app or the network.
 */
public final class DebriefHtml {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private DebriefHtml() {
    }

    /**
     * @param profile  who played it, or null
     * @param finished when, or null
     * @param chartPng the debrief chart as PNG ({@link RunChart#debrief})
     */
    public static String render(GradeReport report, String profile, Instant finished, byte[] chartPng) {
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>Debrief: ")
                .append(esc(report.title())).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;max-width:960px;margin:2em auto;color:#1f2328;line-height:1.45}\n")
                .append("h1{margin-bottom:.2em}.score{font-size:2.4em;font-weight:bold}.muted{color:#5b6470}\n")
                .append("table{border-collapse:collapse;width:100%;margin:.5em 0 1.5em}th,td{border-bottom:1px solid #d0d7de;")
                .append("padding:.35em .5em;text-align:left;vertical-align:top}th{background:#f4f6f8}\n")
                .append(".met{color:#007a5a;font-weight:bold}.partly{color:#b36b00;font-weight:bold}.missed{color:#c03a00;font-weight:bold}\n")
                .append("img{max-width:100%;border:1px solid #d0d7de}.k-incident{color:#c03a00}.k-action{color:#007a5a}")
                .append(".k-refused{color:#8c959f}.k-alert-firing{color:#b36b00}pre{white-space:pre-wrap;font-family:inherit}\n")
                .append("</style></head><body>\n");
        h.append("<h1>").append(esc(report.title())).append("</h1>\n<p class=\"muted\">Exercise <code>")
                .append(esc(report.exerciseId())).append("</code>");
        if (profile != null) {
            h.append(" · played by ").append(esc(profile));
        }
        if (finished != null) {
            h.append(" · ").append(WHEN.format(finished.atZone(ZoneId.systemDefault())));
        }
        h.append(" · ").append(Durations.format(report.seconds())).append(" simulated</p>\n");
        h.append("<p class=\"score\">").append(report.score()).append(" / 100</p>\n")
                .append("<p class=\"muted\">Graded by replaying the action log over the whole time limit; ")
                .append("<code>devops-sim grade</code> gives the same score for the same log.</p>\n");
        h.append("<h2>Score by objective</h2>\n<table><tr><th>Objective</th><th>Result</th><th>Points</th><th>Figures</th></tr>\n");
        for (ObjectiveResult o : report.objectives()) {
            String outcome = o.outcome().name().toLowerCase(Locale.ROOT);
            h.append("<tr><td>").append(esc(o.description())).append("</td><td class=\"").append(outcome).append("\">")
                    .append(outcome).append("</td><td>").append(pts(o.points())).append(" / ").append(pts(o.weight()))
                    .append("</td><td>").append(esc(o.figures())).append("</td></tr>\n");
        }
        h.append("</table>\n");
        h.append("<h2>Delivery (DORA)</h2>\n<p>").append(report.dora() == null ? "Not recorded for this attempt."
                : esc(GradeReport.doraText(report.dora()))).append("</p>\n");
        h.append("<h2>The run</h2>\n<img alt=\"Request rate and error rate per minute, with incidents (red), alerts (orange, dashed), ")
                .append("your actions (green) and refused actions (grey)\" src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(chartPng)).append("\">\n")
                .append("<p class=\"muted\">Blue: requests/s; vermillion: errors %. Markers: incidents (red), alerts firing ")
                .append("(orange, dashed), your actions (green), refused actions (grey).</p>\n");
        if (!report.refused().isEmpty()) {
            h.append("<h2>Refused actions</h2>\n<ul>\n");
            report.refused().forEach(r -> h.append("<li>").append(Durations.format(r.second())).append(" ")
                    .append(esc(r.action())).append(": ").append(esc(r.reason())).append("</li>\n"));
            h.append("</ul>\n");
        }
        h.append("<h2>Timeline</h2>\n<table><tr><th>Time</th><th>What</th><th></th></tr>\n");
        for (TimelineEntry t : report.timeline()) {
            h.append("<tr class=\"k-").append(esc(t.kind())).append("\"><td>").append(Durations.format(t.second()))
                    .append("</td><td>").append(esc(t.kind())).append("</td><td>").append(esc(t.text())).append("</td></tr>\n");
        }
        h.append("</table>\n<h2>Debrief</h2>\n<pre>").append(esc(report.debrief().text())).append("</pre>\n");
        if (!report.debrief().expertNotes().isBlank()) {
            h.append("<h2>What an expert would have done</h2>\n<pre>").append(esc(report.debrief().expertNotes())).append("</pre>\n");
        }
        if (!report.debrief().expertActions().isEmpty()) {
            h.append("<h3>The expert's actions</h3>\n<ul>\n");
            report.debrief().expertActions().forEach(a -> h.append("<li><code>").append(esc(a)).append("</code></li>\n"));
            h.append("</ul>\n");
        }
        h.append("<p class=\"muted\">DevOps Simulator debrief</p>\n</body></html>\n");
        return h.toString();
    }

    static String pts(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
