package org.devopssim.ui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.transformation.FilteredList;
import org.devopssim.simulation.logs.LogAnomaly;
import org.devopssim.simulation.logs.LogLevel;
import org.devopssim.simulation.logs.LogLine;
import org.devopssim.simulation.logs.LogStream;
import org.devopssim.simulation.logs.LogTemplate;

/**
 * The Logs tab: the run's newest log lines, newest first, with their mined template, filtered by
 * least level, the selected node and a search text (in the message, the template, the node and
 * the source); the AI log alerts of now and the templates they concern, for highlighting. Fed in
 * batches from the run's {@link LogStream} ({@link #refresh()}), never a line at a time.
 */
public final class LogViewModel {

    static final int CAPACITY = LogStream.RING_CAPACITY;

    /** One line as the table shows it: the template as mined when the line arrived. */
    public record Row(LogLine line, String template, long templateCount) {
    }

    private final Supplier<LogStream> source;
    private final Selection selection;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final FilteredList<Row> shown = new FilteredList<>(rows);
    private final ObservableList<LogAnomaly> anomalies = FXCollections.observableArrayList();
    private final ObservableSet<Integer> anomalousTemplates = FXCollections.observableSet();
    private final ObjectProperty<LogLevel> leastLevel = new SimpleObjectProperty<>(this, "leastLevel", LogLevel.DEBUG);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final BooleanProperty selectedNodeOnly = new SimpleBooleanProperty(this, "selectedNodeOnly", false);
    private final BooleanProperty alertedOnly = new SimpleBooleanProperty(this, "alertedOnly", false);
    private final BooleanProperty linesShown = new SimpleBooleanProperty(this, "linesShown", true);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper badge = new ReadOnlyStringWrapper(this, "badge", "");
    private LogStream current;
    private long seen;

    public LogViewModel(Supplier<LogStream> source, Selection selection) {
        this.source = source;
        this.selection = selection;
        leastLevel.addListener(o -> refilter());
        search.addListener(o -> refilter());
        selectedNodeOnly.addListener(o -> refilter());
        alertedOnly.addListener(o -> refilter());
        linesShown.addListener((o, was, is) -> {
            if (is) {
                refresh();
            }
        });
        selection.nodeIdProperty().addListener(o -> {
            if (selectedNodeOnly.get()) {
                refilter();
            }
        });
    }

    public ObservableList<Row> shown() {
        return shown;
    }

    /** The AI log alerts of now (what the analysis finds unusual), for the banner. */
    public ObservableList<LogAnomaly> anomalies() {
        return anomalies;
    }

    /** Templates with an AI log alert now: their lines are highlighted. */
    public ObservableSet<Integer> anomalousTemplates() {
        return anomalousTemplates;
    }

    public ObjectProperty<LogLevel> leastLevelProperty() {
        return leastLevel;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public BooleanProperty selectedNodeOnlyProperty() {
        return selectedNodeOnly;
    }

    public BooleanProperty alertedOnlyProperty() {
        return alertedOnly;
    }

    /** One line about the stream and its analysis. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The tab's badge: how many AI log alerts there are now (empty for none). */
    public ReadOnlyStringProperty badgeProperty() {
        return badge.getReadOnlyProperty();
    }

    /**
     * Whether the lines are on screen. While they are not, {@link #refresh()} keeps only the badge and
     * the status current and the lines wait in the stream: filing them into the table cost the FX
     * thread more than anything else in a frame (docs/benchmarks-ui.md).
     */
    public BooleanProperty linesShownProperty() {
        return linesShown;
    }

    /** Takes the lines written since the last call, and the analysis' templates and alerts; FX thread. */
    public void refresh() {
        LogStream stream = source.get();
        if (stream == null) {
            return;
        }
        if (stream != current) {
            current = stream;
            seen = 0;
            rows.clear();
        }
        List<LogTemplate> templates = stream.templates();
        if (linesShown.get()) {
            fileFreshLines(stream, templates);
        }
        List<LogAnomaly> now = stream.anomalies();
        if (!now.equals(anomalies)) {
            anomalies.setAll(now);
            Set<Integer> ids = now.stream().map(LogAnomaly::templateId).collect(Collectors.toSet());
            anomalousTemplates.retainAll(ids);
            anomalousTemplates.addAll(ids);
            if (alertedOnly.get()) {
                refilter();
            }
        }
        badge.set(now.isEmpty() ? "" : String.valueOf(now.size()));
        status.set(describe(stream, templates));
    }

    /** Files the lines written since the last call, newest first, into the table's rows. */
    private void fileFreshLines(LogStream stream, List<LogTemplate> templates) {
        LogStream.Fresh batch = stream.fresh(seen);
        List<LogLine> fresh = batch.lines();
        seen = batch.appended();
        if (!fresh.isEmpty()) {
            List<Row> added = new ArrayList<>(fresh.size());
            for (int k = fresh.size() - 1; k >= 0; k--) {
                LogLine line = fresh.get(k);
                LogTemplate t = line.templateId() >= 0 && line.templateId() < templates.size()
                        ? templates.get(line.templateId()) : null;
                added.add(new Row(line, t == null ? "" : t.text(), t == null ? 0 : t.count()));
            }
            rows.addAll(0, added);
            if (rows.size() > CAPACITY) {
                rows.remove(CAPACITY, rows.size());
            }
        }
    }

    private static String describe(LogStream stream, List<LogTemplate> templates) {
        long[] totals = stream.totals();
        String counts = "%,d errors, %,d warnings, %,d info and debug lines written".formatted(
                totals[LogLevel.ERROR.ordinal()], totals[LogLevel.WARN.ordinal()],
                totals[LogLevel.INFO.ordinal()] + totals[LogLevel.DEBUG.ordinal()]);
        if (stream.analysing()) {
            return "AI log analysis (unstable): %d templates mined. %s".formatted(templates.size(), counts);
        }
        return (templates.isEmpty() ? "No log analysis in this topology (the Experimental preset's ELK has it). "
                : "AI log analysis is switched off. ") + counts;
    }

    private void refilter() {
        LogLevel least = leastLevel.get() == null ? LogLevel.DEBUG : leastLevel.get();
        String text = search.get() == null ? "" : search.get().trim().toLowerCase(Locale.ROOT);
        String node = selectedNodeOnly.get() ? selection.getNodeId() : null;
        boolean alerted = alertedOnly.get();
        Set<Integer> flagged = Set.copyOf(anomalousTemplates);
        shown.setPredicate(r -> r.line().level().atLeast(least)
                && (node == null || node.equals(r.line().nodeId()))
                && (!alerted || flagged.contains(r.line().templateId()))
                && (text.isEmpty() || contains(r, text)));
    }

    private static boolean contains(Row r, String text) {
        LogLine l = r.line();
        return l.message().toLowerCase(Locale.ROOT).contains(text) || r.template().toLowerCase(Locale.ROOT).contains(text)
                || l.nodeId().toLowerCase(Locale.ROOT).contains(text) || l.source().contains(text);
    }
}
