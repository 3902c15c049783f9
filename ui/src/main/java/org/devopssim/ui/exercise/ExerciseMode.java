package org.devopssim.ui.exercise;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.util.Duration;
import org.devopssim.simulation.engine.Snapshot;
import org.devopssim.simulation.engine.Speed;
import org.devopssim.simulation.engine.TimedAction;
import org.devopssim.simulation.exercise.Attempt;
import org.devopssim.simulation.exercise.ExerciseRun;
import org.devopssim.simulation.exercise.GradeReport;
import org.devopssim.simulation.model.Topology;
import org.devopssim.ui.session.LiveRun;
import org.devopssim.ui.session.SimulationSession;

/**
 * An exercise played in the window: loads its run into the session (the student acts through the
 * usual menus, the exercise decides what it allows), follows its progress a few times a second,
 * and at the time limit or on Finish grades the action log by replay, the way {@code devops-sim
 * grade} does. Lives on the FX thread; the run itself is on the simulation thread.
 */
public final class ExerciseMode {

    /** Where an exercise stands. */
    public enum State { NONE, PLAYING, GRADING, FINISHED }

    /**
     * A graded attempt, ready for the debrief.
     *
     * @param liveScore the checklist's score when the run reached its time limit live, or -1 when it was finished early
     */
    public record Graded(Drill drill, GradeReport report, List<TimedAction> actions, Instant started, Instant finished,
                         int liveScore) {
        public Graded {
            actions = List.copyOf(actions);
        }
    }

    /** How fast a drill runs when the student starts it: a 45-minute drill in under five minutes. */
    public static final Speed START_SPEED = new Speed(10);

    private final SimulationSession session;
    private final ExerciseRuns runs;
    private final Background background;
    private final AtomicReference<ExerciseRun> current = new AtomicReference<>();
    private final ReadOnlyObjectWrapper<Drill> drill = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ExerciseRun.Progress> progress = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.NONE);
    private final ObjectProperty<Consumer<Graded>> onGraded = new SimpleObjectProperty<>(g -> { });
    private final ObjectProperty<Consumer<Exception>> onFailure = new SimpleObjectProperty<>(e -> { });
    private final Timeline poll;
    private Topology topology;
    /** The session runs the drill's system: from then on another system means the drill was left. */
    private boolean loaded;
    private Instant started;
    /** Set when grading was asked for; grading starts once the run is seen paused, with every action applied. */
    private boolean finishing;

    ExerciseMode(SimulationSession session, ExerciseRuns runs, Background background) {
        this.session = session;
        this.runs = runs;
        this.background = background;
        poll = new Timeline(new KeyFrame(Duration.millis(200), e -> follow()));
        poll.setCycleCount(Animation.INDEFINITE);
    }

    /** Loads the drill's run, paused at second zero, with its system (already read off the FX thread). */
    void begin(Drill chosen, Topology system) {
        drill.set(chosen);
        topology = system;
        loaded = false;
        progress.set(null);
        current.set(null);
        finishing = false;
        started = Instant.now();
        state.set(State.PLAYING);
        session.load(system, t -> {
            ExerciseRuns.Live live = runs.start(chosen.exercise(), t);
            ExerciseRun run = live.exercise();
            current.set(run);
            return new LiveRun(live.run().simulation(), live.run().alerts(), run::act);
        });
        poll.play();
    }

    /** The student starts the clock. */
    public void start() {
        session.setSpeed(START_SPEED);
        session.play();
    }

    /** Starts the drill over from second zero, paused; the actions so far are dropped. */
    public void reset() {
        if (state.get() != State.PLAYING) {
            return;
        }
        progress.set(null);
        current.set(null);
        started = Instant.now();
        session.pause();
        session.reset();
    }

    /** Stops acting: the rest of the time limit is simulated without further actions, and the attempt is graded. */
    public void finish() {
        if (state.get() == State.PLAYING) {
            finishing = true;
            session.pause();
        }
    }

    /** Leaves exercise mode (another preset or file was loaded, or the user closed the panel). */
    public void leave() {
        poll.stop();
        state.set(State.NONE);
        drill.set(null);
        progress.set(null);
        current.set(null);
        topology = null;
    }

    private void follow() {
        if (state.get() == State.NONE) {
            return;
        }
        if (session.topology() == topology) {
            loaded = true;
        } else if (loaded) {
            leave(); // a preset or another file replaced the drill's system
            return;
        }
        if (state.get() != State.PLAYING) {
            return;
        }
        ExerciseRun run = current.get();
        if (run == null) {
            return;
        }
        // On the simulation thread between seconds: fresh even while paused, never mid-second.
        session.read(sim -> run.publishProgress());
        ExerciseRun.Progress p = run.progress();
        if (p != null && p != progress.get()) {
            progress.set(p);
        }
        if (p != null && p.finished() && !finishing) {
            finishing = true;
            session.pause();
        }
        Snapshot latest = session.latest();
        if (finishing && latest.state() == Snapshot.RunState.PAUSED) {
            // Pause went through the simulation's queue after every action sent before it: the log is complete.
            grade(run);
        }
    }

    private void grade(ExerciseRun run) {
        finishing = false;
        state.set(State.GRADING);
        ExerciseRun.Progress p = run.progress();
        Drill d = drill.get();
        List<TimedAction> actions = p.actions();
        int liveScore = p.finished() ? p.score() : -1;
        Instant begun = started;
        Instant ended = Instant.now();
        background.run(() -> runs.grade(d.exercise(), new Attempt(d.id(), actions, List.of()), d.expert()),
                report -> {
                    state.set(State.FINISHED);
                    onGraded.get().accept(new Graded(d, report, actions, begun, ended, liveScore));
                },
                e -> {
                    state.set(State.PLAYING);
                    onFailure.get().accept(e);
                });
    }

    public ReadOnlyObjectProperty<Drill> drillProperty() {
        return drill.getReadOnlyProperty();
    }

    /** The newest progress of the run, a few times a second while playing. */
    public ReadOnlyObjectProperty<ExerciseRun.Progress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Called on the FX thread with each graded attempt. */
    public ObjectProperty<Consumer<Graded>> onGradedProperty() {
        return onGraded;
    }

    /** Called on the FX thread when grading failed (a broken exercise). */
    public ObjectProperty<Consumer<Exception>> onFailureProperty() {
        return onFailure;
    }
}
