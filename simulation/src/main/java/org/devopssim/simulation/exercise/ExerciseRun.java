package org.devopssim.simulation.exercise;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.devopssim.simulation.engine.Action;
import org.devopssim.simulation.engine.Health;
import org.devopssim.simulation.engine.NodeStatus;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.engine.SystemStatus;
import org.devopssim.simulation.engine.TimedAction;
import org.devopssim.simulation.events.SimEvent;
import org.devopssim.simulation.model.PostgresNode;
import org.devopssim.simulation.security.PostureReport;

/**
 * An exercise played on a simulation: at each second's boundary it applies the incidents due and
 * the student's actions the exercise allows (refusing the others, with the reason), and after each
 * second it records what the objectives judge. The {@link Grader} replays an action log through one;
 * the window plays one live, second by second, as the student acts. Both judge with the same
 * objectives over the same figures, so the live checklist at the time limit and the replayed grade
 * of the same action log agree.
 *
 * <p>Everything except {@link #progress()} and {@link #requestProgress()} runs on the simulation's
 * thread; progress is published as an immutable value for other threads.
 */
public final class ExerciseRun {

    /**
     * The exercise so far, as if it ended now.
     *
     * @param second     simulated seconds played (at most the time limit)
     * @param score      points earned so far out of 100, the objectives judged on the seconds played
     * @param timeline   incidents, hints, alerts and actions so far, in time order
     * @param actions    the student's actions as taken, refused ones included: the attempt's action log
     */
    public record Progress(long second, long limit, boolean finished, int score, List<ObjectiveResult> objectives,
                           List<TimelineEntry> timeline, List<TimedAction> actions, List<Refusal> refused) {

        public Progress {
            objectives = List.copyOf(objectives);
            timeline = List.copyOf(timeline);
            actions = List.copyOf(actions);
            refused = List.copyOf(refused);
        }

        public long secondsLeft() {
            return Math.max(0, limit - second);
        }

        public long objectivesMet() {
            return objectives.stream().filter(o -> o.outcome() == Outcome.MET).count();
        }
    }

    /** Event kinds of the run that belong in a student's timeline (the rest is routine). */
    private static final Set<String> STORY = Set.of("alert-firing", "alert-resolved", "db-down", "failover",
            "failover-failed", "rollback", "restore-started", "security-fixed", "fault-ended", "instance-crash");
    private static final String LATE = "after the exercise's time limit";

    private final Exercise exercise;
    private final Simulation sim;
    private final PostureReport postureAtStart;
    private final int[] databases;
    private final long n;
    private final double[] errorRate;
    private final double[] p95;
    private final double[] replicaLag;
    private final ArrayDeque<TimedAction> incidents;
    private final ArrayDeque<TimedAction> pending = new ArrayDeque<>();
    private final List<TimedAction> actionLog = new ArrayList<>();
    private final List<TimelineEntry> entries = new ArrayList<>();
    private final List<Refusal> refused = new ArrayList<>();
    private final List<MinuteSample> minutes = new ArrayList<>();
    private final List<Long> incidentSeconds = new ArrayList<>();
    private final List<String> incidentNames = new ArrayList<>();
    private final AtomicReference<Progress> progress = new AtomicReference<>();
    private volatile boolean progressWanted;
    private long played;
    private long eventsSeen;
    private Minute minute = new Minute();

    private ExerciseRun(Exercise exercise, Simulation sim) {
        if (sim.second() != 0) {
            throw new IllegalArgumentException("an exercise starts on a fresh simulation, not at second " + sim.second());
        }
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
        this.incidents = new ArrayDeque<>(exercise.timeline());
        this.eventsSeen = sim.eventLog().appendedCount();
        sim.addBoundaryObserver(s -> atBoundary());
        sim.addObserver(s -> afterSecond());
        publish();
    }

    /**
     * Plays the exercise on {@code sim}, a fresh run of the exercise's system and seed (see
     * {@link Grader#topology}); from now on the simulation's ticks drive the exercise.
     */
    public static ExerciseRun attach(Exercise exercise, Simulation sim) {
        return new ExerciseRun(exercise, sim);
    }

    public Exercise exercise() {
        return exercise;
    }

    /** The student acts now: the action takes effect with the coming second, if the exercise allows it. */
    public void act(Action action) {
        TimedAction timed = new TimedAction(sim.second(), action);
        actionLog.add(timed);
        if (finished()) {
            refuse(timed, LATE);
        } else {
            // Applied or refused at the next boundary, after that second's incidents, exactly as in a replay.
            pending.add(timed);
        }
        publish();
    }

    private boolean allowed(Action action) {
        return exercise.allowedActions().contains(action.actionName());
    }

    private String notAllowed() {
        return "not allowed in this exercise; allowed: " + exercise.allowedActions().stream().sorted().toList();
    }

    /** Queues a whole action log, each at its second: a replay. */
    void schedule(List<TimedAction> actions) {
        List<TimedAction> sorted = new ArrayList<>(actions);
        sorted.sort(Comparator.comparingLong(TimedAction::second));
        actionLog.addAll(sorted);
        pending.addAll(sorted);
    }

    public boolean finished() {
        return played >= n;
    }

    /** Asks for a fresh {@link #progress()} after the next simulated second (cheap to call every frame). */
    public void requestProgress() {
        progressWanted = true;
    }

    /** Publishes the progress now; on the simulation's thread (e.g. while the run is paused). */
    public void publishProgress() {
        publish();
    }

    /** The newest published progress; readable from any thread. */
    public Progress progress() {
        return progress.get();
    }

    private void atBoundary() {
        if (finished()) {
            return;
        }
        long s = sim.second();
        if (s == 0) {
            exercise.hints().forEach(h -> entries.add(new TimelineEntry(h.second(), "hint", h.text())));
        }
        while (!incidents.isEmpty() && incidents.peek().second() <= s) {
            applyIncident(incidents.poll());
        }
        while (!pending.isEmpty() && pending.peek().second() <= s) {
            applyStudent(pending.poll());
        }
    }

    private void afterSecond() {
        if (finished()) {
            return;
        }
        int s = (int) played;
        SystemStatus sys = sim.system();
        errorRate[s] = sys.errorRate();
        p95[s] = sys.latencyP95Ms();
        if (databases.length > 0) {
            List<NodeStatus> statuses = sim.statuses();
            double lag = 0;
            for (int i : databases) {
                // A replica that is down serves no reads, stale or not.
                if (statuses.get(i).health() != Health.DOWN) {
                    lag = Math.max(lag, statuses.get(i).replicationLagSeconds());
                }
            }
            replicaLag[s] = lag;
        }
        for (SimEvent e : sim.eventLog().since(eventsSeen)) {
            if (STORY.contains(e.kind())) {
                entries.add(new TimelineEntry(e.time(), e.kind(), e.message()));
            }
        }
        eventsSeen = sim.eventLog().appendedCount();
        minute.add(sys);
        played++;
        if (played % 60 == 0 || played == n) {
            minutes.add(minute.sample((played - 1) / 60, sys));
            minute = new Minute();
        }
        if (played == n) {
            for (TimedAction late : pending) {
                refuse(late, LATE);
            }
            pending.clear();
        }
        if (progressWanted || played == n) {
            publish();
        }
    }

    private void applyIncident(TimedAction incident) {
        try {
            sim.apply(incident.action());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("exercise " + exercise.id() + ": timeline incident "
                    + ActionText.of(incident) + " cannot happen on its system: " + e.getMessage(), e);
        }
        incidentSeconds.add(sim.second());
        incidentNames.add(ActionText.of(incident.action()));
        entries.add(new TimelineEntry(sim.second(), "incident", ActionText.of(incident.action())));
    }

    private void applyStudent(TimedAction action) {
        if (!allowed(action.action())) {
            refuse(action, notAllowed());
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

    /** Judges every objective on the seconds played so far: the final grade once the time limit is reached. */
    private List<ObjectiveResult> judge() {
        int t = (int) played;
        RunFigures figures = new RunFigures(t, sim.system().availability(), Arrays.copyOf(errorRate, t),
                Arrays.copyOf(p95, t), Arrays.copyOf(replicaLag, t), sim.system().cost(), List.copyOf(sim.recoveries()),
                postureAtStart, sim.posture(), incidentSeconds.stream().mapToLong(Long::longValue).toArray(),
                List.copyOf(incidentNames));
        List<ObjectiveResult> results = new ArrayList<>();
        for (Objective o : exercise.objectives()) {
            Judgement j = o.judge(figures);
            double weight = exercise.points(o);
            results.add(new ObjectiveResult(o.name(), o.describe(), j.outcome(), j.credit(), round1(weight),
                    round1(weight * j.credit()), j.figures()));
        }
        return results;
    }

    private static int score(List<ObjectiveResult> results, Exercise exercise) {
        double total = 0;
        for (int i = 0; i < results.size(); i++) {
            total += exercise.points(exercise.objectives().get(i)) * results.get(i).credit();
        }
        return (int) Math.round(Math.clamp(total, 0, 100));
    }

    private List<TimelineEntry> timeline(long upTo) {
        List<TimelineEntry> sorted = new ArrayList<>();
        for (TimelineEntry e : entries) {
            if (e.second() <= upTo) {
                sorted.add(e);
            }
        }
        sorted.sort(Comparator.comparingLong(TimelineEntry::second)); // stable: same-second order kept
        return sorted;
    }

    private void publish() {
        progressWanted = false;
        List<ObjectiveResult> results = judge();
        // Hints are listed from the start for the grade, but a live student sees each one only when it is due.
        long upTo = finished() ? Long.MAX_VALUE : played;
        List<Refusal> refusals = new ArrayList<>(refused);
        progress.set(new Progress(played, n, finished(), score(results, exercise), results, timeline(upTo),
                actionLog, refusals));
    }

    /**
     * The grade once the time limit is reached.
     *
     * @throws IllegalStateException before the time limit
     */
    public GradeReport report(List<String> ignoredFields, Debrief debrief) {
        if (!finished()) {
            throw new IllegalStateException("the exercise has run " + played + " of " + n + " seconds");
        }
        List<ObjectiveResult> results = judge();
        return new GradeReport(exercise.id(), exercise.title(), n, score(results, exercise), results,
                timeline(Long.MAX_VALUE), refused, ignoredFields, debrief, minutes, sim.dora());
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
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
