package org.devopssim.simulation.exercise;

import org.devopssim.simulation.codec.BadFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.devopssim.assets.Assets;
import org.devopssim.simulation.Fixtures;
import org.devopssim.simulation.alerting.Alerting;
import org.devopssim.simulation.alerting.RulePack;
import org.devopssim.simulation.alerting.RulePackReader;
import org.devopssim.simulation.codec.TopologyFileException;
import org.devopssim.simulation.engine.Simulation;

/** The built-in drills and a grader wired like the app's (engine, bundled alerting, no ML). */
final class Drills {

    static final Grader.Runs GRADER_RUNS = (topology, seed) -> {
        Simulation sim = new Simulation(topology, seed, Fixtures.prices());
        String path = RulePackReader.bundledPath(topology.mode());
        try (InputStream in = Assets.open(path)) {
            RulePack pack = new RulePackReader().read(in, path);
            Alerting.attach(sim, pack);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (BadFileException e) {
            throw new AssertionError(e);
        }
        return sim;
    };

    static final Grader GRADER = new Grader(Fixtures::preset, GRADER_RUNS);

    private Drills() {
    }

    static Exercise exercise(String id) {
        try (InputStream in = Assets.exercise(id)) {
            return new ExerciseReader().read(in.readAllBytes(), id + ".json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TopologyFileException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    static Attempt expert(String id) {
        try (InputStream in = Assets.expertLog(id)) {
            return Attempt.read(in.readAllBytes(), id + ".expert.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TopologyFileException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
