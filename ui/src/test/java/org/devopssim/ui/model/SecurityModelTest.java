package org.devopssim.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.devopssim.simulation.model.Mode;
import org.devopssim.simulation.security.PostureAudit;
import org.devopssim.ui.Presets;
import org.junit.jupiter.api.Test;

class SecurityModelTest {

    @Test
    void findingsFirstThenWhatTheModeExpects() {
        SecurityModel model = new SecurityModel();
        for (Mode mode : Mode.values()) {
            var topology = Presets.topology(mode);
            var report = PostureAudit.audit(topology);
            model.apply(topology);
            assertEquals(report.findings().size() + report.expected().size(), model.rows().size());
            assertEquals(report.findings().size(), model.rows().stream().filter(r -> !r.expected()).count());
            assertEquals(report.clean() ? "clean" : report.findings().size() + " to fix", model.summaryProperty().get());
        }
    }
}
