package org.devopssim.ui.exercise;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.devopssim.assets.Assets;
import org.devopssim.simulation.alerting.Alerting;
import org.devopssim.simulation.codec.TopologyFileException;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.engine.TimedAction;
import org.devopssim.simulation.exercise.Attempt;
import org.devopssim.simulation.exercise.Exercise;
import org.devopssim.simulation.exercise.ExercisePack;
import org.devopssim.simulation.exercise.ExerciseReader;
import org.devopssim.simulation.exercise.ExerciseRun;
import org.devopssim.simulation.exercise.GradeReport;
import org.devopssim.simulation.exercise.Grader;
import org.devopssim.simulation.model.Mode;
import org.devopssim.simulation.model.Topology;
import org.devopssim.ui.Presets;
import org.devopssim.ui.help.MemoryPreferences;
import org.devopssim.ui.session.LiveRun;

/** The classroom's services wired as the app wires them (bundled drills, engine with alerting, no ML), storage in memory. */
final class ClassroomFixtures {

    /** Runs as the app makes them for grading: the engine with the mode's alerting, no ML. */
    static final Grader.Runs RUNS = (topology, seed) -> {
        Simulation sim = new Simulation(topology, seed, Presets.prices());
        Alerting.attach(sim, Presets.rules(topology.mode()));
        return sim;
    };

    static final Grader GRADER = new Grader(name -> Presets.topology(Mode.valueOf(name.toUpperCase(Locale.ROOT))), RUNS);

    private ClassroomFixtures() {
    }

    static ExerciseRuns runs() {
        return new ExerciseRuns() {
            @Override
            public Topology topology(Exercise exercise) {
                return GRADER.topology(exercise);
            }

            @Override
            public Live start(Exercise exercise, Topology topology) {
                Simulation sim = new Simulation(topology, exercise.seed(), Presets.prices());
                Alerting alerting = Alerting.attach(sim, Presets.rules(topology.mode()));
                return new Live(new LiveRun(sim, alerting::view), ExerciseRun.attach(exercise, sim));
            }

            @Override
            public GradeReport grade(Exercise exercise, Attempt attempt, List<TimedAction> expert) {
                return GRADER.grade(exercise, attempt, expert);
            }
        };
    }

    static byte[] bundled(String path) {
        try (InputStream in = Assets.open(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Drill drill(String id) {
        try {
            byte[] json = bundled("exercises/" + id + ".json");
            return new Drill(new ExerciseReader().read(json, id + ".json"), json,
                    Attempt.read(bundled("exercises/" + id + ".expert.json"), id + ".expert.json").actions(), "built-in");
        } catch (TopologyFileException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** The built-in drills, and imported ones kept in memory. */
    static final class Shelf implements DrillShelf {
        final List<Drill> imported = new ArrayList<>();

        @Override
        public List<Drill> drills() {
            List<Drill> all = new ArrayList<>(Assets.EXERCISES.stream().map(ClassroomFixtures::drill).toList());
            all.addAll(imported);
            return all;
        }

        @Override
        public List<Drill> importPack(List<ExercisePack.Entry> entries) {
            List<Drill> added = entries.stream().map(e -> new Drill(e.exercise(), e.json(), e.expert(), "imported")).toList();
            imported.addAll(added);
            return added;
        }
    }

    /** Attempts in a list, numbered from 1, as the database numbers them. */
    static final class Store implements AttemptStore {
        final List<Finished> recorded = new ArrayList<>();
        final List<String> profiles = new ArrayList<>();

        @Override
        public synchronized void profile(String name, boolean instructor) {
            profiles.add(name + (instructor ? " (instructor)" : ""));
        }

        @Override
        public synchronized long record(Finished attempt) {
            recorded.add(attempt);
            return recorded.size();
        }

        @Override
        public synchronized List<Summary> attempts() {
            List<Summary> list = new ArrayList<>();
            for (int i = 0; i < recorded.size(); i++) {
                list.add(summary(i));
            }
            return list;
        }

        private Summary summary(int i) {
            Finished f = recorded.get(i);
            return new Summary(i + 1, f.drill().id(), f.profile(), f.finished(), f.report().score());
        }

        @Override
        public synchronized Past attempt(long id) {
            Finished f = recorded.get((int) id - 1);
            return new Past(summary((int) id - 1), f.drill().sha256(), f.actions(), f.report().objectives(), f.report().metrics(),
                    f.report().dora());
        }

        synchronized int size() {
            return recorded.size();
        }
    }

    static ProfileMemory profile(String name) {
        ProfileMemory memory = new ProfileMemory(new MemoryPreferences());
        if (name != null) {
            memory.remember(new ProfileMemory.Profile(name, false));
        }
        return memory;
    }
}
