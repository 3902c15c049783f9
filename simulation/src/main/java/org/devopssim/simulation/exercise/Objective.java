package org.devopssim.simulation.exercise;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.devopssim.simulation.engine.DataLayer;
import org.devopssim.simulation.scenario.Durations;

/**
 * A graded goal of an exercise, written as {@code {"objective": "availability", "targetPercent": 99.5}}.
 * Each judges the figures of the finished run: met, partly (some credit) or missed.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "objective")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Objective.Availability.class, name = "availability"),
        @JsonSubTypes.Type(value = Objective.LatencyP95.class, name = "latency-p95"),
        @JsonSubTypes.Type(value = Objective.ErrorBudget.class, name = "error-budget"),
        @JsonSubTypes.Type(value = Objective.CostCap.class, name = "cost-cap"),
        @JsonSubTypes.Type(value = Objective.RecoveryTime.class, name = "recovery-time"),
        @JsonSubTypes.Type(value = Objective.NoDataLost.class, name = "no-data-lost"),
        @JsonSubTypes.Type(value = Objective.StaleReads.class, name = "stale-reads"),
        @JsonSubTypes.Type(value = Objective.SecurityPosture.class, name = "security-posture")
})
public sealed interface Objective {

    /** The kebab-case name, also the key of its weight. */
    @JsonIgnore
    String name();

    @JsonIgnore
    String describe();

    Judgement judge(RunFigures run);

    /** The availability SLO over the whole exercise; credit is allowed failures over actual ones. */
    record Availability(double targetPercent) implements Objective {
        public Availability {
            if (!(targetPercent > 0 && targetPercent < 100)) {
                throw new IllegalArgumentException("targetPercent must be between 0 and 100, exclusive: " + targetPercent);
            }
        }

        public String name() {
            return "availability";
        }

        public String describe() {
            return "availability of at least " + pct(targetPercent) + " over the exercise";
        }

        public Judgement judge(RunFigures run) {
            double failed = 100 - run.availability();
            double ratio = failed <= 0 ? 1 : (100 - targetPercent) / failed;
            return Judgement.ofRatio(ratio, "%s of requests succeeded (target %s)".formatted(
                    pct(run.availability()), pct(targetPercent)));
        }
    }

    /** The 95th percentile over the exercise's seconds of the system's p95 latency stays under a bound. */
    record LatencyP95(double maxMs) implements Objective {
        public LatencyP95 {
            if (!(maxMs > 0)) {
                throw new IllegalArgumentException("maxMs must be above 0: " + maxMs);
            }
        }

        public String name() {
            return "latency-p95";
        }

        public String describe() {
            return "p95 latency under " + ms(maxMs) + " in 95% of the exercise's seconds";
        }

        public Judgement judge(RunFigures run) {
            double p95 = RunFigures.percentile(run.latencyP95Ms(), 95);
            return Judgement.ofRatio(p95 <= 0 ? 1 : maxMs / p95,
                    "p95 latency was %s or less in 95%% of seconds (bound %s)".formatted(ms(p95), ms(maxMs)));
        }
    }

    /** Of the error budget of an availability SLO, at least this share is left at the end. */
    record ErrorBudget(double sloPercent, double minRemainingPercent) implements Objective {
        public ErrorBudget {
            if (!(sloPercent > 0 && sloPercent < 100)) {
                throw new IllegalArgumentException("sloPercent must be between 0 and 100, exclusive: " + sloPercent);
            }
            if (!(minRemainingPercent >= 0 && minRemainingPercent <= 100)) {
                throw new IllegalArgumentException("minRemainingPercent must be from 0 to 100: " + minRemainingPercent);
            }
        }

        public String name() {
            return "error-budget";
        }

        public String describe() {
            return "at least " + pct(minRemainingPercent) + " of the error budget of a " + pct(sloPercent) + " SLO left";
        }

        public Judgement judge(RunFigures run) {
            double left = 100 * (1 - (100 - run.availability()) / (100 - sloPercent));
            String figures = "%s of the error budget left (at least %s wanted)".formatted(pct(left), pct(minRemainingPercent));
            if (left >= minRemainingPercent) {
                return Judgement.met(figures);
            }
            // Budget left but less than wanted earns half credit and up; an overspent budget none.
            return left > 0 ? new Judgement(Outcome.PARTLY, 0.5 + 0.5 * left / minRemainingPercent, figures)
                    : Judgement.missed(figures);
        }
    }

    /** The exercise costs no more than a cap in infrastructure. */
    record CostCap(double maxDollars) implements Objective {
        public CostCap {
            if (!(maxDollars > 0)) {
                throw new IllegalArgumentException("maxDollars must be above 0: " + maxDollars);
            }
        }

        public String name() {
            return "cost-cap";
        }

        public String describe() {
            return "spend at most " + dollars(maxDollars);
        }

        public Judgement judge(RunFigures run) {
            return Judgement.ofRatio(run.cost() <= 0 ? 1 : maxDollars / run.cost(),
                    "spent %s (cap %s)".formatted(dollars(run.cost()), dollars(maxDollars)));
        }
    }

    /**
     * Each incident is over within a time: from the incident to the last second, before the next
     * incident, in which more than {@code healthyErrorRatePercent} of requests failed. An incident
     * whose window ends while requests still fail is not recovered from.
     *
     * @param within                  a duration such as "5m"
     * @param healthyErrorRatePercent error rate at or under which a second counts as healthy (default 1)
     */
    record RecoveryTime(String within, double healthyErrorRatePercent) implements Objective {
        public RecoveryTime {
            if (within == null) {
                throw new IllegalArgumentException("within is required, e.g. \"5m\"");
            }
            if (seconds("within", within) <= 0) {
                throw new IllegalArgumentException("within: expected a duration above zero");
            }
            healthyErrorRatePercent = healthyErrorRatePercent <= 0 ? 1 : healthyErrorRatePercent;
        }

        public String name() {
            return "recovery-time";
        }

        public String describe() {
            return "recover from each incident within " + within;
        }

        public Judgement judge(RunFigures run) {
            long limit = Durations.parseSeconds(within);
            long[] starts = run.incidentSeconds();
            if (starts.length == 0) {
                return Judgement.met("no incidents");
            }
            double credit = 0;
            List<String> parts = new ArrayList<>();
            for (int k = 0; k < starts.length; k++) {
                long end = k + 1 < starts.length ? starts[k + 1] : run.seconds();
                long lastBad = -1;
                for (long s = starts[k]; s < end && s < run.errorRate().length; s++) {
                    if (run.errorRate()[(int) s] > healthyErrorRatePercent) {
                        lastBad = s;
                    }
                }
                String name = run.incidentNames().get(k);
                if (lastBad >= 0 && lastBad == end - 1 && end == run.seconds()) {
                    parts.add(name + ": not recovered by the end");
                    continue;
                }
                long took = lastBad < 0 ? 0 : lastBad + 1 - starts[k];
                credit += Outcome.creditOfRatio(took == 0 ? 1 : (double) limit / took);
                parts.add(name + ": " + (took == 0 ? "no user impact" : "recovered in " + Durations.format(took)));
            }
            credit /= starts.length;
            String figures = String.join("; ", parts) + " (limit " + Durations.format(limit) + " each)";
            return new Judgement(credit >= 1 ? Outcome.MET : credit > 0 ? Outcome.PARTLY : Outcome.MISSED, credit, figures);
        }
    }

    /** No write is lost by a failover or a restore: a recovery point objective of zero. */
    record NoDataLost() implements Objective {
        public String name() {
            return "no-data-lost";
        }

        public String describe() {
            return "no data lost (RPO 0)";
        }

        public Judgement judge(RunFigures run) {
            double lost = run.recoveries().stream().mapToDouble(DataLayer.Recovery::writesLost).sum();
            double rpo = run.recoveries().stream().mapToDouble(DataLayer.Recovery::rpoSeconds).max().orElse(0);
            String figures = run.recoveries().isEmpty() ? "no failover or restore"
                    : "%d failover(s)/restore(s), %.0f writes lost, worst RPO %.1f s".formatted(
                    run.recoveries().size(), lost, rpo);
            // A fraction of a write is rounding in the rate model, not a lost row.
            return lost < 1 ? Judgement.met(figures) : Judgement.missed(figures);
        }
    }

    /**
     * Reads from replicas are stale by their replication lag: the seconds in which any replica lags
     * more than {@code maxLagSeconds} add up to no more than {@code within}.
     */
    record StaleReads(double maxLagSeconds, String within) implements Objective {
        public StaleReads {
            if (!(maxLagSeconds > 0)) {
                throw new IllegalArgumentException("maxLagSeconds must be above 0: " + maxLagSeconds);
            }
            if (within == null) {
                throw new IllegalArgumentException("within is required, e.g. \"10m\"");
            }
            seconds("within", within);
        }

        public String name() {
            return "stale-reads";
        }

        public String describe() {
            return "replicas lag more than " + Figure.of(maxLagSeconds) + " s for at most " + within + " in all";
        }

        public Judgement judge(RunFigures run) {
            long over = 0;
            double worst = 0;
            for (double lag : run.replicaLagSeconds()) {
                over += lag > maxLagSeconds ? 1 : 0;
                worst = Math.max(worst, lag);
            }
            long allowed = Durations.parseSeconds(within);
            return Judgement.ofRatio(over <= allowed ? 1 : (double) Math.max(allowed, 1) / over,
                    "replicas lagged over %s s for %s in all (allowed %s); worst lag %s s".formatted(
                            Figure.of(maxLagSeconds), Durations.format(over), Durations.format(allowed),
                            Figure.of(worst)));
        }
    }

    /** At most {@code maxFindings} security findings are open at the end; credit for each one fixed. */
    record SecurityPosture(int maxFindings) implements Objective {
        public SecurityPosture {
            if (maxFindings < 0) {
                throw new IllegalArgumentException("maxFindings must be 0 or more: " + maxFindings);
            }
        }

        public String name() {
            return "security-posture";
        }

        public String describe() {
            return "at most " + maxFindings + " open security finding(s) at the end";
        }

        public Judgement judge(RunFigures run) {
            int atStart = run.postureAtStart().findings().size();
            int open = run.postureAtEnd().findings().size();
            String figures = "%d of %d finding(s) fixed, %d open%s (at most %d allowed)".formatted(atStart - open,
                    atStart, open, open == 0 ? "" : ": " + run.postureAtEnd().findings().stream()
                            .map(f -> f.check() + (f.nodeId() == null ? "" : "@" + f.nodeId())).toList(), maxFindings);
            if (open <= maxFindings) {
                return Judgement.met(figures);
            }
            int toFix = atStart - maxFindings;
            double credit = toFix <= 0 ? 0 : (double) (atStart - open) / toFix;
            return credit > 0 ? new Judgement(Outcome.PARTLY, credit, figures) : Judgement.missed(figures);
        }
    }

    /** A duration field's seconds; its problem names the field, as a failed constructor has no JSON path. */
    private static long seconds(String field, String text) {
        try {
            return Durations.parseSeconds(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
        }
    }

    private static String pct(double v) {
        return Figure.of(v) + "%";
    }

    private static String ms(double v) {
        return String.format(Locale.ROOT, "%.0f ms", v);
    }

    private static String dollars(double v) {
        return String.format(Locale.ROOT, "$%.2f", v);
    }
}
