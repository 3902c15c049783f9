package org.devopssim.simulation.exercise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.devopssim.simulation.engine.DeliveryPipeline;
import org.devopssim.simulation.scenario.Durations;

/**
 * The grade of one attempt: the score out of 100 with its breakdown by objective, the run's
 * timeline, the refused actions, and the debrief. Recomputed from the action log every time.
 *
 * @param ignoredFields fields of the attempt file that play no part in grading (a claimed score...)
 * @param metrics       the run, one sample per simulated minute
 * @param dora          the delivery pipeline's DORA figures at the end of the run; null when not known
 *                      (an attempt stored before they were recorded)
 */
public record GradeReport(String exerciseId, String title, long seconds, int score, List<ObjectiveResult> objectives,
                          List<TimelineEntry> timeline, List<Refusal> refused, List<String> ignoredFields,
                          Debrief debrief, List<MinuteSample> metrics, DeliveryPipeline.Dora dora) {

    public GradeReport {
        objectives = List.copyOf(objectives);
        timeline = List.copyOf(timeline);
        refused = List.copyOf(refused);
        ignoredFields = List.copyOf(ignoredFields);
        metrics = List.copyOf(metrics);
    }

    public ObjectiveResult objective(String name) {
        return objectives.stream().filter(o -> o.objective().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no objective " + name));
    }

    /** "2 production deploy(s), 48.0 a day; lead time 7m 12s; change failure rate 50%; time to restore 3m 0s". */
    public static String doraText(DeliveryPipeline.Dora d) {
        return String.format(Locale.ROOT, "%d production deploy(s), %.1f a day; lead time %s; change failure rate %s; time to restore %s",
                d.productionDeploys(), d.deploysPerDay(), seconds(d.leadTimeSeconds()),
                Double.isNaN(d.changeFailureRate()) ? "n/a" : Math.round(d.changeFailureRate() * 100) + "%",
                seconds(d.timeToRestoreSeconds()));
    }

    private static String seconds(double s) {
        return Double.isNaN(s) ? "n/a" : Durations.format(Math.round(s));
    }

    /** Plain text for a terminal: score, breakdown, refusals, timeline and debrief. */
    public String text() {
        List<String> lines = new ArrayList<>();
        lines.add("%s (%s): score %d/100".formatted(title, exerciseId, score));
        lines.add("");
        lines.add("Objectives:");
        for (ObjectiveResult o : objectives) {
            lines.add(String.format(Locale.ROOT, "  %-7s %5.1f/%-5.1f %s: %s", o.outcome().name().toLowerCase(Locale.ROOT),
                    o.points(), o.weight(), o.description(), o.figures()));
        }
        if (!ignoredFields.isEmpty()) {
            lines.add("");
            lines.add("Ignored in the attempt file (the score is always recomputed by replay): " + ignoredFields);
        }
        if (!refused.isEmpty()) {
            lines.add("");
            lines.add("Refused actions (not applied):");
            refused.forEach(r -> lines.add("  %s  %s: %s".formatted(Durations.format(r.second()), r.action(), r.reason())));
        }
        if (dora != null) {
            lines.add("");
            lines.add("DORA: " + doraText(dora));
        }
        lines.add("");
        lines.add("Timeline:");
        timeline.forEach(t -> lines.add("  %s  %-15s %s".formatted(Durations.format(t.second()), t.kind(), t.text())));
        lines.add("");
        lines.add("Debrief:");
        debrief.text().lines().forEach(l -> lines.add("  " + l));
        if (!debrief.expertNotes().isBlank()) {
            lines.add("");
            lines.add("What an expert would have done:");
            debrief.expertNotes().lines().forEach(l -> lines.add("  " + l));
        }
        if (!debrief.expertActions().isEmpty()) {
            lines.add("");
            lines.add("The expert's actions:");
            debrief.expertActions().forEach(a -> lines.add("  " + a));
        }
        return String.join(System.lineSeparator(), lines) + System.lineSeparator();
    }
}
