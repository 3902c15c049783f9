package org.devopssim.ui.model;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.devopssim.simulation.engine.Action;
import org.devopssim.simulation.engine.DeliveryPipeline;
import org.devopssim.simulation.engine.Snapshot;
import org.devopssim.simulation.model.AppService;

/**
 * The delivery pipeline strip: the newest run's stages with their status, the DORA figures, and
 * the developer's actions (change code, commit and push, approve).
 */
public final class PipelineModel {

    /** One stage as the strip shows it. */
    public record StageCell(String name, DeliveryPipeline.StageStatus status, String detail) {
    }

    private final Consumer<Action> submit;
    private final ObservableList<StageCell> stages = FXCollections.observableArrayList();
    /** One read-only view, kept: a fresh wrapper per call would drop its listeners when collected. */
    private final ObservableList<StageCell> stagesView = FXCollections.unmodifiableObservableList(stages);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "No commits yet");
    private final ReadOnlyStringWrapper dora = new ReadOnlyStringWrapper(this, "dora", "");
    private final ReadOnlyObjectWrapper<DeliveryPipeline.Dora> figures = new ReadOnlyObjectWrapper<>(this, "figures");
    private final ReadOnlyStringWrapper badge = new ReadOnlyStringWrapper(this, "badge", "");
    private List<DeliveryPipeline.Run> shown = List.of();
    private String service;

    public PipelineModel(Consumer<Action> submit) {
        this.submit = submit;
    }

    public ObservableList<StageCell> stages() {
        return stagesView;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty doraProperty() {
        return dora.getReadOnlyProperty();
    }

    /** The DORA figures of the run so far, for the tiles; null before the first snapshot. */
    public ReadOnlyObjectProperty<DeliveryPipeline.Dora> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    /** "waiting" while a run waits for approval, "running" while one runs, else empty. */
    public ReadOnlyStringProperty badgeProperty() {
        return badge.getReadOnlyProperty();
    }

    public void apply(Snapshot s) {
        service = s.topology().nodes().stream().filter(AppService.class::isInstance).map(n -> n.id()).findFirst().orElse(null);
        DeliveryPipeline.Dora d = s.dora();
        figures.set(d);
        dora.set(d.productionDeploys() == 0 ? "DORA: no production deploys yet"
                : "DORA: %d deploy(s), %.1f a day · lead time %s · change failure rate %.0f%% · time to restore %s".formatted(
                        d.productionDeploys(), d.deploysPerDay(), minutes(d.leadTimeSeconds()), 100 * d.changeFailureRate(),
                        minutes(d.timeToRestoreSeconds())));
        if (s.pipeline().equals(shown)) {
            return;
        }
        shown = s.pipeline();
        if (shown.isEmpty()) {
            stages.clear();
            title.set("No commits yet");
            badge.set("");
            return;
        }
        DeliveryPipeline.Run run = shown.getLast();
        title.set("#%d %s → %s: \"%s\"".formatted(run.number() + 1, run.service(), run.version(), run.message()));
        stages.setAll(run.stages().stream().map(st -> new StageCell(st.kind().label(), st.status(), st.detail())).toList());
        boolean waiting = run.stages().stream().anyMatch(st -> st.status() == DeliveryPipeline.StageStatus.WAITING);
        boolean running = run.stages().stream().anyMatch(st -> st.status() == DeliveryPipeline.StageStatus.RUNNING);
        badge.set(waiting ? "waiting" : running ? "running" : "");
    }

    /** A change to the first service: in Development it hot-reloads at once. */
    public void changeCode(int sizeLines, double risk, Action.Defect defect) {
        submit.accept(new Action.CodeChange(service, sizeLines, risk, defect, defect == Action.Defect.NONE ? 0 : 10));
    }

    public void commit(String message) {
        submit.accept(new Action.Commit(service, message));
    }

    public void approve() {
        submit.accept(new Action.Approve(null));
    }

    private static String minutes(double seconds) {
        return Double.isNaN(seconds) ? "n/a" : "%.0f min".formatted(seconds / 60);
    }
}
