package org.devopssim.ml.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import org.devopssim.assets.Assets;
import org.devopssim.ml.anomaly.RangeNoveltyDetector;
import org.devopssim.ml.live.LiveAnomalyEvaluation.Incident;
import org.devopssim.ml.live.LiveAnomalyEvaluation.Result;
import org.devopssim.simulation.alerting.RulePack;
import org.devopssim.simulation.alerting.RulePackReader;
import org.devopssim.simulation.engine.Fault;
import org.devopssim.simulation.model.Mode;
import org.junit.jupiter.api.Test;

/** The Experimental preset's AI anomaly alerts with two bad releases of api-aws 20 minutes apart. */
class LiveAnomalyEvaluationTest {

    private static LiveAnomalyEvaluation experimental() throws Exception {
        String path = RulePackReader.bundledPath(Mode.EXPERIMENTAL);
        try (InputStream in = Assets.open(path)) {
            return new LiveAnomalyEvaluation(Presets.preset("experimental"), Presets.prices(),
                    new RulePackReader().read(in, path));
        }
    }

    private static List<Incident> twoBadReleases() {
        return List.of(new Incident(1_200, new Fault.BadRelease("api-aws", 10, 1, 300), "api-aws", 300),
                new Incident(2_400, new Fault.BadRelease("api-aws", 10, 1, 300), "api-aws", 300));
    }

    @Test
    void theLiveDetectorMarksBothIncidentsWithinAMinuteAndNothingInBetween() throws Exception {
        Result r = experimental().run(new RangeNoveltyDetector(RangeNoveltyDetector.Parameters.LIVE), 1,
                twoBadReleases(), 3_600, 600);
        for (var d : r.detections()) {
            assertTrue(d.detected() && d.delaySeconds() <= 60, "incident at " + d.incident().second() + ": " + r);
        }
        assertEquals(0, r.falseMarkers(), r.falseMarkerSeries().toString());
        assertEquals(r, experimental().run(new RangeNoveltyDetector(RangeNoveltyDetector.Parameters.LIVE), 1,
                twoBadReleases(), 3_600, 600), "deterministic for a seed");
    }

    @Test
    void theNabDetectorMarksNothingInTheFirstHourOfARun() throws Exception {
        // What the live app had before its own parameter set: half a day of warm-up at one sample a second.
        Result r = experimental().run(new RangeNoveltyDetector(), 1, twoBadReleases(), 3_600, 600);
        assertEquals(0, r.markers(), r.toString());
    }
}
