package org.devopssim.simulation.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.devopssim.simulation.engine.DataLayer;
import org.devopssim.simulation.model.Mode;
import org.devopssim.simulation.security.PostureReport;
import org.junit.jupiter.api.Test;

/** Each objective's rule on hand-made figures. */
class ObjectiveTest {

    private static final PostureReport CLEAN = new PostureReport(Mode.PRODUCTION, List.of(), List.of());

    private static RunFigures run(double availability, double[] errorRate, long... incidents) {
        List<String> names = java.util.Arrays.stream(incidents).mapToObj(s -> "incident@" + s).toList();
        return new RunFigures(errorRate.length, availability, errorRate, new double[errorRate.length],
                new double[errorRate.length], 1, List.of(), CLEAN, CLEAN, incidents, names);
    }

    @Test
    void availabilityCreditIsAllowedOverActualFailures() {
        Objective o = new Objective.Availability(99.5);
        assertEquals(Outcome.MET, o.judge(run(99.6, new double[10])).outcome());
        Judgement half = o.judge(run(99.0, new double[10]));
        assertEquals(Outcome.PARTLY, half.outcome());
        assertEquals(0.5, half.credit(), 1e-9);
        assertEquals(Outcome.MISSED, o.judge(run(90, new double[10])).outcome());
        assertEquals(0, o.judge(run(90, new double[10])).credit());
    }

    @Test
    void recoveryTimeRunsToTheLastBadSecondBeforeTheNextIncident() {
        double[] errors = new double[100];
        for (int s = 10; s < 40; s++) {
            errors[s] = 50;
        }
        for (int s = 60; s < 100; s++) {
            errors[s] = 50;
        }
        Judgement j = new Objective.RecoveryTime("30s", 1).judge(run(90, errors, 10, 60));
        // First incident: 30 s, within the limit; second: still failing at the end.
        assertEquals(0.5, j.credit(), 1e-9);
        assertEquals(Outcome.PARTLY, j.outcome());
    }

    @Test
    void anyLostWriteMissesNoDataLost() {
        RunFigures lost = new RunFigures(10, 99, new double[10], new double[10], new double[10], 1,
                List.of(new DataLayer.Recovery("db", "failover", 120, 3, 45)), CLEAN, CLEAN, new long[0], List.of());
        assertEquals(Outcome.MISSED, new Objective.NoDataLost().judge(lost).outcome());
        assertEquals(Outcome.MET, new Objective.NoDataLost().judge(run(99, new double[10])).outcome());
    }

    @Test
    void errorBudgetLeftIsMeasuredAgainstItsSlo() {
        Objective o = new Objective.ErrorBudget(99, 50);
        assertEquals(Outcome.MET, o.judge(run(99.6, new double[10])).outcome());
        assertEquals(Outcome.PARTLY, o.judge(run(99.2, new double[10])).outcome());
        assertEquals(Outcome.MISSED, o.judge(run(98.9, new double[10])).outcome());
    }
}
