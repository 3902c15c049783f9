package org.devopssim.ui.model;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.devopssim.simulation.model.Topology;
import org.devopssim.simulation.security.Finding;
import org.devopssim.simulation.security.PostureAudit;
import org.devopssim.simulation.security.PostureReport;

/**
 * The posture audit of the loaded topology: findings to fix, most severe first, then the
 * settings the mode accepts. Audited again only when another topology is loaded.
 */
public final class SecurityModel {

    /** A finding with whether the mode expects it (Development's local conveniences). */
    public record Row(Finding finding, boolean expected) {
    }

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    /** One read-only view, kept: a fresh wrapper per call would drop its listeners when collected. */
    private final ObservableList<Row> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private Topology audited;

    public ObservableList<Row> rows() {
        return rowsView;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public void apply(Topology topology) {
        if (topology == audited) {
            return;
        }
        audited = topology;
        PostureReport report = PostureAudit.audit(topology);
        List<Row> next = new ArrayList<>();
        report.findings().forEach(f -> next.add(new Row(f, false)));
        report.expected().forEach(f -> next.add(new Row(f, true)));
        // The summary first: whoever sees the new rows (a test polling off the FX thread) sees it too.
        summary.set(report.clean() ? "clean" : report.findings().size() + " to fix");
        rows.setAll(next);
    }
}
