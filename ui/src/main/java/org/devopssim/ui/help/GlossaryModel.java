package org.devopssim.ui.help;

import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.devopssim.simulation.help.Glossary;
import org.devopssim.simulation.help.GlossaryEntry;

/** The glossary window's state: the search text, the entries it finds, and the one shown. */
public final class GlossaryModel {

    private static final Map<String, String> FAMILIES = Map.of("kind", "Node kind", "metric", "Metric",
            "fault", "Fault (Chaos menu)", "action", "Operator action", "policy", "Autoscaling policy",
            "strategy", "Deployment strategy", "balancer", "Load-balancing policy", "alert", "Alert rule",
            "concept", "Concept");

    private final Glossary glossary;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<GlossaryEntry> found = FXCollections.observableArrayList();
    private final ObjectProperty<GlossaryEntry> selected = new SimpleObjectProperty<>(this, "selected");

    public GlossaryModel(Glossary glossary) {
        this.glossary = glossary;
        query.addListener((obs, o, q) -> refresh());
        refresh();
    }

    /** A new search shows its best match (title matches rank first). */
    private void refresh() {
        found.setAll(glossary.search(query.get()));
        selected.set(null);
        selected.set(found.isEmpty() ? null : found.getFirst());
    }

    /** Shows an entry, clearing a search that would hide it. */
    public void select(String id) {
        glossary.entry(id).ifPresent(e -> {
            if (!found.contains(e)) {
                query.set("");
            }
            selected.set(e);
        });
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<GlossaryEntry> found() {
        return found;
    }

    public ObjectProperty<GlossaryEntry> selectedProperty() {
        return selected;
    }

    /** "Metric", "Node kind", ... for an entry's family. */
    public static String familyLabel(GlossaryEntry e) {
        return FAMILIES.getOrDefault(e.family(), e.family());
    }
}
