package org.devopssim.simulation.exercise;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.devopssim.simulation.engine.Health;
import org.devopssim.simulation.engine.NodeStatus;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.engine.SystemStatus;
import org.devopssim.simulation.engine.TimedAction;
import org.devopssim.simulation.events.SimEvent;
import org.devopssim.simulation.model.PostgresNode;
import org.devopssim.simulation.model.Topology;
import org.devopssim.simulation.security.PostureReport;

/**
 * Grades an attempt by replaying it: the exercise's system and seed, its incidents, and the
 * student's actions that the exercise allows, for exactly its time limit. The same exercise and
 * action log always give the same grade, so a grade can be checked by anyone, and nothing a file
 * claims about its own score counts. The one scoring class for the command line and the app.
 */
public final class Grader {

    /**
     * Makes the run an exercise is played and graded on. It must be the same for both, and
     * deterministic: the engine with the mode's alerting attached, without trainable ML parts.
     */
    public interface Runs {
        Simulation create(Topology topology, long seed);
    }

    /** Event kinds of the run that belong in a student's timeline (the rest is routine). */
    private static final Set<String> STORY = Set.of("alert-firing", "alert-resolved", "db-down", "failover",
            "failover-failed", "rollback", "restore-started", "security-fixed", "fault-ended", "instance-crash");

    private final Function<String, Topology> presets;
    private final Runs runs;

    /** @param presets a bundled preset by name (production, development, experimental) */
    public Grader(Function<String, Topology> presets, Runs runs) {
        this.presets = presets;
        this.runs = runs;
    }

    /** The system the exercise runs: its topology with the workload changes applied. */
    public Topology topology(Exercise exercise) {
        Topology base = switch (exercise.setup()) {
            case Setup.Inline inline -> inline.topology();
            case Setup.Preset preset -> presets.apply(preset.name());
        };
        return exercise.workload().isEmpty() ? base : ExerciseReader.withWorkload(base, exercise.workload());
    }

    /**
     * @param expert the expert's action log for the debrief, or an empty list
     * @throws IllegalArgumentException when the attempt names another exercise, or an incident of
     *                                  the exercise cannot happen on its system (a broken exercise)
     */
    public GradeReport grade(Exercise exercise, Attempt attempt, List<TimedAction> expert) {
        if (attempt.exerciseId() != null && !attempt.exerciseId().equals(exercise.id())) {
            throw new IllegalArgumentException("the attempt is for exercise '" + attempt.exerciseId()
                    + "', not '" + exercise.id() + "'");
        }
        Topology topology = topology(exercise);
        Simulation sim = runs.create(topology, exercise.seed());
        Replay replay = new Replay(exercise, sim);
        replay.run(attempt.actions());
        RunFigures figures = replay.figures();
        List<ObjectiveResult> results = new ArrayList<>();
        double total = 0;
        for (Objective o : exercise.objectives()) {
            Judgement j = o.judge(figures);
            double weight = exercise.points(o);
            double points = round1(weight * j.credit());
            total += weight * j.credit();
            results.add(new ObjectiveResult(o.name(), o.describe(), j.outcome(), j.credit(), round1(weight), points,
                    j.figures()));
        }
        Debrief debrief = new Debrief(exercise.debrief(), exercise.expertNotes(), expert.stream().map(ActionText::of).toList());
        return new GradeReport(exercise.id(), exercise.title(), exercise.timeLimitSeconds(),
                (int) Math.round(Math.clamp(total, 0, 100)), results, replay.timeline(), replay.refused,
                attempt.ignoredFields(), debrief, replay.minutes);
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** One replay: applies incidents and allowed student actions second by second and records what it needs. */
    private static final class Replay {
        private final Exercise exercise;
        private final Simulation sim;
        private final PostureReport postureAtStart;
        private final int[] databases;
        private final long n;
        private final double[] errorRate;
        private final double[] p95;
        private final double[] replicaLag;
        private final List<TimelineEntry> entries = new ArrayList<>();
        private final List<Refusal> refused = new ArrayList<>();
        private final List<MinuteSample> minutes = new ArrayList<>();
        private final long[] incidentSeconds;
        private final List<String> incidentNames = new ArrayList<>();

        Replay(Exercise exercise, Simulation sim) {
            this.exercise = exercise;
            this.sim = sim;
            this.postureAtStart = sim.posture();
            List<NodeStatus> statuses = sim.statuses();
            List<Integer> dbs = new ArrayList<>();
            for (int i = 0; i < statuses.size(); i++) {
                if (sim.topology().node(statuses.get(i).id()).orElseThrow() instanceof PostgresNode) {
                    dbs.add(i);
                }
            }
            this.databases = dbs.stream().mapToInt(Integer::intValue).toArray();
            this.n = exercise.timeLimitSeconds();
            this.errorRate = new double[(int) n];
            this.p95 = new double[(int) n];
            this.replicaLag = new double[(int) n];
            this.incidentSeconds = exercise.timeline().stream().mapToLong(TimedAction::second).toArray();
        }

        void run(List<TimedAction> studentActions) {
            ArrayDeque<TimedAction> incidents = new ArrayDeque<>(exercise.timeline());
            List<TimedAction> sorted = new ArrayList<>(studentActions);
            sorted.sort(Comparator.comparingLong(TimedAction::second));
            ArrayDeque<TimedAction> student = new ArrayDeque<>(sorted);
            exercise.hints().forEach(h -> entries.add(new TimelineEntry(h.second(), "hint", h.text())));
            long eventsSeen = 0;
            Minute minute = new Minute();
            for (long s = 0; s < n; s++) {
                while (!incidents.isEmpty() && incidents.peek().second() <= s) {
                    applyIncident(incidents.poll());
                }
                while (!student.isEmpty() && student.peek().second() <= s) {
                    applyStudent(student.poll());
                }
                sim.tick();
                SystemStatus sys = sim.system();
                errorRate[(int) s] = sys.errorRate();
                p95[(int) s] = sys.latencyP95Ms();
                if (databases.length > 0) {
                    List<NodeStatus> statuses = sim.statuses();
                    double lag = 0;
                    for (int i : databases) {
                        // A replica that is down serves no reads, stale or not.
                        if (statuses.get(i).health() != Health.DOWN) {
                            lag = Math.max(lag, statuses.get(i).replicationLagSeconds());
                        }
                    }
                    replicaLag[(int) s] = lag;
                }
                for (SimEvent e : sim.eventLog().since(eventsSeen)) {
                    if (STORY.contains(e.kind())) {
                        entries.add(new TimelineEntry(e.time(), e.kind(), e.message()));
                    }
                }
                eventsSeen = sim.eventLog().appendedCount();
                minute.add(sys);
                if ((s + 1) % 60 == 0 || s + 1 == n) {
                    minutes.add(minute.sample(s / 60, sys));
                    minute = new Minute();
                }
            }
            for (TimedAction late : student) {
                refuse(late, "after the exercise's time limit");
            }
        }

        private void applyIncident(TimedAction incident) {
            try {
                sim.apply(incident.action());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("exercise " + exercise.id() + ": timeline incident "
                        + ActionText.of(incident) + " cannot happen on its system: " + e.getMessage(), e);
            }
            incidentNames.add(ActionText.of(incident.action()));
            entries.add(new TimelineEntry(sim.second(), "incident", ActionText.of(incident.action())));
        }

        private void applyStudent(TimedAction action) {
            String name = action.action().actionName();
            if (!exercise.allowedActions().contains(name)) {
                refuse(action, "not allowed in this exercise; allowed: " + exercise.allowedActions().stream().sorted().toList());
                return;
            }
            try {
                sim.apply(action.action());
                entries.add(new TimelineEntry(sim.second(), "action", ActionText.of(action.action())));
            } catch (IllegalArgumentException e) {
                refuse(action, "the system refused it: " + e.getMessage());
            }
        }

        private void refuse(TimedAction action, String reason) {
            refused.add(new Refusal(action.second(), action.action().actionName(), reason));
            entries.add(new TimelineEntry(action.second(), "refused", ActionText.of(action.action()) + ": " + reason));
        }

        List<TimelineEntry> timeline() {
            List<TimelineEntry> sorted = new ArrayList<>(entries);
            sorted.sort(Comparator.comparingLong(TimelineEntry::second)); // stable: same-second order kept
            return sorted;
        }

        RunFigures figures() {
            SystemStatus end = sim.system();
            return new RunFigures(n, end.availability(), errorRate, p95, replicaLag, end.cost(), sim.recoveries(),
                    postureAtStart, sim.posture(), incidentSeconds, incidentNames);
        }
    }

    /** Sums over one minute of a run. */
    private static final class Minute {
        private int seconds;
        private double offered;
        private double errors;
        private double p95;

        void add(SystemStatus s) {
            seconds++;
            offered += s.offeredRps();
            errors += s.errorRate();
            p95 += s.latencyP95Ms();
        }

        MinuteSample sample(long minute, SystemStatus end) {
            int k = Math.max(1, seconds);
            return new MinuteSample(minute, offered / k, errors / k, p95 / k, end.availability(), end.instances(), end.cost());
        }
    }
}
