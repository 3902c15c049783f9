package org.devopssim.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.devopssim.simulation.alerting.Alerting;
import org.devopssim.simulation.alerting.RulePack;
import org.devopssim.simulation.engine.Action;
import org.devopssim.simulation.engine.Fault;
import org.devopssim.simulation.engine.Feature;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.logs.LogLevel;
import org.devopssim.simulation.model.Mode;
import org.devopssim.simulation.model.PriceTable;
import org.devopssim.ui.Presets;
import org.junit.jupiter.api.Test;

class LogViewModelTest {

    private static Simulation experimental() {
        Simulation sim = new Simulation(Presets.topology(Mode.EXPERIMENTAL), 7, PriceTable.free());
        Alerting.attach(sim, new RulePack(Mode.EXPERIMENTAL, null, List.of(), List.of(), List.of(), List.of(), null));
        return sim;
    }

    @Test
    void linesArriveInBatchesNewestFirstWithTheirTemplates() {
        Simulation sim = experimental();
        Selection selection = new Selection();
        LogViewModel model = new LogViewModel(sim::logs, selection);
        sim.advance(120);
        model.refresh();
        int first = model.shown().size();
        assertTrue(first > 20, "two minutes of lines: " + first);
        LogViewModel.Row newest = model.shown().getFirst();
        assertEquals(sim.second() - 1, newest.line().second());
        assertFalse(newest.template().isEmpty(), "mined: " + newest);
        sim.advance(30);
        model.refresh();
        assertTrue(model.shown().size() > first);
        assertTrue(model.statusProperty().get().startsWith("AI log analysis (unstable)"), model.statusProperty().get());
    }

    @Test
    void hiddenLinesWaitInTheStreamWhileTheBadgeKeepsUp() {
        Simulation sim = experimental();
        LogViewModel model = new LogViewModel(sim::logs, new Selection());
        model.linesShownProperty().set(false);
        sim.advance(1_200);
        sim.apply(new Fault.DbPrimaryCrash("pg-1", 600));
        sim.advance(20);
        model.refresh();
        assertTrue(model.shown().isEmpty(), "nothing filed while the tab is hidden");
        assertFalse(model.anomalies().isEmpty());
        assertEquals(String.valueOf(model.anomalies().size()), model.badgeProperty().get());

        model.linesShownProperty().set(true);
        LogViewModel.Row newest = model.shown().getFirst();
        assertEquals(sim.second() - 1, newest.line().second(), "shown again: the newest lines are there at once");
    }

    @Test
    void filtersByLevelSearchAndTheSelectedNode() {
        Simulation sim = experimental();
        Selection selection = new Selection();
        LogViewModel model = new LogViewModel(sim::logs, selection);
        sim.advance(1_200);
        sim.apply(new Fault.RedisDown("redis-aws", 600));
        sim.advance(60);
        model.refresh();
        model.leastLevelProperty().set(LogLevel.ERROR);
        assertTrue(!model.shown().isEmpty() && model.shown().stream().allMatch(r -> r.line().level() == LogLevel.ERROR));
        model.searchProperty().set("ECONNREFUSED");
        assertTrue(!model.shown().isEmpty() && model.shown().stream().allMatch(r -> r.line().message().contains("ECONNREFUSED")));
        selection.select("auth");
        model.selectedNodeOnlyProperty().set(true);
        assertTrue(!model.shown().isEmpty() && model.shown().stream().allMatch(r -> r.line().nodeId().equals("auth")));
        selection.select("pg-3");
        assertTrue(model.shown().isEmpty(), "pg-3 refuses nothing");
    }

    @Test
    void aiLogAlertsAreListedAndTheirLinesMarked() {
        Simulation sim = experimental();
        LogViewModel model = new LogViewModel(sim::logs, new Selection());
        sim.advance(1_200);
        sim.apply(new Fault.DbPrimaryCrash("pg-1", 600));
        sim.advance(20);
        model.refresh();
        assertFalse(model.anomalies().isEmpty());
        assertEquals(String.valueOf(model.anomalies().size()), model.badgeProperty().get());
        model.alertedOnlyProperty().set(true);
        assertTrue(!model.shown().isEmpty() && model.shown().stream()
                .allMatch(r -> model.anomalousTemplates().contains(r.line().templateId())));
    }

    @Test
    void featureSwitchesAreActionsAndTheStateFollowsTheRun() {
        List<Action> sent = new ArrayList<>();
        FeatureFlagsModel flags = new FeatureFlagsModel(sent::add);
        flags.apply(Presets.topology(Mode.EXPERIMENTAL), Set.of());
        assertTrue(flags.usedProperty(Feature.AI_LOG_ANALYSIS).get());
        assertTrue(flags.usedProperty(Feature.PREDICTIVE_AUTOSCALING).get());
        flags.set(Feature.AI_LOG_ANALYSIS, false);
        assertEquals(List.of(new Action.SetFeature("ai-log-analysis", false)), sent);
        assertTrue(flags.enabledProperty(Feature.AI_LOG_ANALYSIS).get(), "on until the run says otherwise");
        flags.apply(Presets.topology(Mode.EXPERIMENTAL), Set.of(Feature.AI_LOG_ANALYSIS));
        assertFalse(flags.enabledProperty(Feature.AI_LOG_ANALYSIS).get());
        flags.apply(Presets.topology(Mode.PRODUCTION), Set.of());
        assertFalse(flags.usedProperty(Feature.AI_LOG_ANALYSIS).get(), "Production has no ELK");
    }
}
