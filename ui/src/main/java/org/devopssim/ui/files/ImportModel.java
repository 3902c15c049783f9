package org.devopssim.ui.files;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.devopssim.simulation.imports.ImportChoices;
import org.devopssim.simulation.imports.ImportException;
import org.devopssim.simulation.imports.ImportReport;
import org.devopssim.simulation.imports.ImportResult;
import org.devopssim.simulation.imports.Importer;
import org.devopssim.simulation.imports.ServiceKind;
import org.devopssim.simulation.model.Link;
import org.devopssim.simulation.model.Topology;

/**
 * The import report as an editable mapping: each source object and the node it became, where a
 * component's kind can be changed or the component left out; {@link #build()} imports again
 * with those choices, so links, the traffic source and the layout follow them.
 */
public final class ImportModel {

    /**
     * One line of the report. {@code imported} is null for lines that are not a component of
     * their own (an autoscaler, a Service that only names pods): they show, but cannot be changed.
     */
    public static final class Row {
        private final ImportReport.Mapping mapping;
        private final ServiceKind imported;
        private final ObjectProperty<ServiceKind> kind;
        private final BooleanProperty included = new SimpleBooleanProperty(this, "included", true);

        Row(ImportReport.Mapping mapping, ServiceKind imported) {
            this.mapping = mapping;
            this.imported = imported;
            this.kind = new SimpleObjectProperty<>(this, "kind", imported);
        }

        public ImportReport.Mapping mapping() {
            return mapping;
        }

        public boolean editable() {
            return imported != null;
        }

        public ObjectProperty<ServiceKind> kindProperty() {
            return kind;
        }

        public BooleanProperty includedProperty() {
            return included;
        }

        /** The node id, for editable rows the component's id. */
        public String nodeId() {
            return mapping.nodeId();
        }
    }

    private final List<Path> sources;
    private final ImportResult result;
    private final List<Row> rows;

    public ImportModel(List<Path> sources, ImportResult result) {
        this.sources = List.copyOf(sources);
        this.result = result;
        Set<String> claimed = new HashSet<>();
        this.rows = result.report().mappings().stream().map(m -> {
            ServiceKind k = result.kinds().get(m.nodeId());
            // The component's own line: its id and kind; an autoscaler's line names the same id as "autoscaling".
            boolean own = k != null && k.nodeKind().equals(m.nodeKind()) && claimed.add(m.nodeId());
            return new Row(m, own ? k : null);
        }).toList();
    }

    public List<Row> rows() {
        return rows;
    }

    public ImportResult result() {
        return result;
    }

    public List<Path> sources() {
        return sources;
    }

    /** The links the import found, "api → db (sql)". */
    public List<String> links() {
        return result.topology().links().stream().map(ImportModel::linkText).toList();
    }

    static String linkText(Link l) {
        return l.from() + " \u2192 " + l.to() + " (" + l.type().name().toLowerCase().replace('_', '-') + ")";
    }

    /** The kinds changed and the components left out, as the importer takes them. */
    public ImportChoices choices() {
        Map<String, ServiceKind> kinds = new HashMap<>();
        Set<String> excluded = new HashSet<>();
        for (Row r : rows) {
            if (!r.editable()) {
                continue;
            }
            if (!r.included.get()) {
                excluded.add(r.nodeId());
            } else if (r.kind.get() != r.imported) {
                kinds.put(r.nodeId(), r.kind.get());
            }
        }
        return new ImportChoices(kinds, excluded);
    }

    /**
     * The topology with the choices; reads the files again, so call it off the FX thread.
     *
     * @throws ImportException when the files changed and no longer import
     */
    public Topology build() throws ImportException {
        ImportChoices c = choices();
        return c.isEmpty() ? result.topology() : Importer.importPaths(sources, c).topology();
    }

    /** How a kind reads in the mapping's choice box. */
    public static String label(ServiceKind k) {
        return switch (k) {
            case APP -> "app service";
            case POSTGRES -> "PostgreSQL";
            case OTHER_DATABASE -> "other database (as PostgreSQL)";
            case REDIS -> "Redis cache";
            case KAFKA -> "Kafka broker";
            case LOAD_BALANCER -> "load balancer";
            case PROMETHEUS -> "Prometheus";
            case GRAFANA -> "Grafana";
            case LOGGING -> "logging (ELK)";
            case AUTH -> "auth service";
        };
    }
}
