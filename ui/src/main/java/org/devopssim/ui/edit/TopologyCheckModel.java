package org.devopssim.ui.edit;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.devopssim.simulation.check.TopologyCheck;
import org.devopssim.simulation.check.Warning;
import org.devopssim.simulation.model.Topology;

/** The check panel's findings for the document's topology, recomputed on every edit. */
public final class TopologyCheckModel {

    private final ObservableList<Warning> warnings = FXCollections.observableArrayList();
    private final ObservableList<Warning> view = FXCollections.unmodifiableObservableList(warnings);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    public TopologyCheckModel(TopologyDocument document) {
        document.topologyProperty().addListener((obs, o, t) -> check(t));
        check(document.topology());
    }

    private void check(Topology t) {
        List<Warning> found = TopologyCheck.check(t);
        if (!found.equals(warnings)) {
            warnings.setAll(found);
        }
        long errors = found.stream().filter(w -> w.level() == Warning.Level.ERROR).count();
        summary.set(found.isEmpty() ? "" : errors > 0 ? errors + " error" + (errors > 1 ? "s" : "") + ", "
                + (found.size() - errors) : String.valueOf(found.size()));
    }

    public ObservableList<Warning> warnings() {
        return view;
    }

    /** "3", "1 error, 2" or empty, for the tab title. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
