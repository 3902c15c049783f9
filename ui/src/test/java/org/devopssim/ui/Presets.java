package org.devopssim.ui;

import org.devopssim.simulation.codec.BadFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.devopssim.assets.Assets;
import org.devopssim.simulation.alerting.Alerting;
import org.devopssim.simulation.alerting.RulePack;
import org.devopssim.simulation.alerting.RulePackReader;
import org.devopssim.simulation.codec.TopologyCodec;
import org.devopssim.simulation.codec.TopologyFileException;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.help.Glossary;
import org.devopssim.simulation.help.GlossaryReader;
import org.devopssim.ui.help.AboutFacts;
import org.devopssim.ui.help.HelpContent;
import org.devopssim.ui.help.MemoryPreferences;
import org.devopssim.ui.help.TourMemory;
import org.devopssim.simulation.engine.Snapshot;
import org.devopssim.simulation.engine.Speed;
import org.devopssim.simulation.model.Mode;
import org.devopssim.simulation.model.PriceTable;
import org.devopssim.simulation.model.Topology;
import org.devopssim.ui.session.LiveRun;
import org.devopssim.ui.session.SimulationSession;

/** The shipped presets and prices, wired the way the app wires them, for tests. */
public final class Presets {

    private static final TopologyCodec CODEC = new TopologyCodec();

    private Presets() {
    }

    public static Topology topology(Mode mode) {
        String name = mode.name().toLowerCase();
        try (InputStream in = Assets.preset(name)) {
            return CODEC.read(in, name + ".json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TopologyFileException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    public static PriceTable prices() {
        try (InputStream in = Assets.prices()) {
            return CODEC.readPrices(in, "prices.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TopologyFileException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    public static Simulation simulation(Mode mode) {
        return new Simulation(topology(mode), 42, prices());
    }

    /** A simulation of the mode advanced {@code seconds}, as a running snapshot. */
    public static Snapshot snapshotAfter(Mode mode, long seconds) {
        Simulation sim = simulation(mode);
        sim.advance(seconds);
        return sim.snapshot(Snapshot.RunState.RUNNING, Speed.REAL_TIME, java.util.List.of());
    }

    /** The mode's bundled alert rules and SLOs. */
    public static RulePack rules(Mode mode) {
        String path = RulePackReader.bundledPath(mode);
        try (InputStream in = Assets.open(path)) {
            return new RulePackReader().read(in, path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (BadFileException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** A run with its mode's alerting attached, as the app makes it. */
    public static LiveRun run(Topology topology) {
        Simulation sim = new Simulation(topology, 42, prices());
        Alerting alerting = Alerting.attach(sim, rules(topology.mode()));
        return new LiveRun(sim, alerting::view);
    }

    /** The bundled glossary. */
    public static Glossary glossary() {
        try (InputStream in = Assets.open(GlossaryReader.BUNDLED_PATH)) {
            return new GlossaryReader().read(in, GlossaryReader.BUNDLED_PATH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (BadFileException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** The window's help with the bundled glossary and a tour memory of its own, in memory. */
    public static HelpContent help(TourMemory memory) {
        return new HelpContent(glossary(), new AboutFacts("test", () -> "ML: not started in UI tests"), memory);
    }

    public static HelpContent help() {
        return help(new TourMemory(new MemoryPreferences()));
    }

    public static SimulationSession session(Mode initial) {
        return new SimulationSession(Presets::topology, Presets::run, initial);
    }
}
