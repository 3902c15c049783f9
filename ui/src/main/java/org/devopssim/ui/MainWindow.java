package org.devopssim.ui;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.TextInputControl;
import org.devopssim.simulation.engine.Snapshot;
import org.devopssim.ui.model.InspectorModel;
import org.devopssim.ui.model.KpiModel;
import org.devopssim.ui.model.RunControlsModel;
import org.devopssim.ui.model.Selection;
import org.devopssim.ui.model.StatusModel;
import org.devopssim.ui.model.TrafficChartModel;
import java.util.List;
import org.devopssim.simulation.events.SimEvent;
import org.devopssim.ui.session.EventFeed;
import org.devopssim.ui.session.SimulationSession;
import org.devopssim.ui.session.SnapshotPump;
import org.devopssim.ui.theme.ThemeManager;
import org.devopssim.ui.topology.TopologyCanvas;
import org.devopssim.ui.view.MainView;

/**
 * The main window's scene with its view-models, fed by one {@link SnapshotPump}. The app
 * creates the session; this class only shows it and sends it the user's commands.
 */
public final class MainWindow {

    private final ThemeManager themes = new ThemeManager();
    private final Selection selection = new Selection();
    private final RunControlsModel run;
    private final StatusModel status = new StatusModel();
    private final KpiModel kpis = new KpiModel();
    private final InspectorModel inspector = new InspectorModel(selection);
    private final TrafficChartModel traffic;
    private final SnapshotPump pump;
    private final EventFeed events;
    private final MainView view;
    private final Scene scene;

    public MainWindow(SimulationSession session, Runnable exit) {
        run = new RunControlsModel(session);
        traffic = new TrafficChartModel(session::metrics);
        events = new EventFeed(session::events);
        TopologyCanvas topology = new TopologyCanvas(selection, themes);
        view = new MainView(run, status, kpis, inspector, traffic, topology, themes, exit);
        scene = new Scene(view, 1440, 900);
        themes.manage(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        pump = new SnapshotPump(session::latest, SnapshotPump.DEFAULT_BATCH_INTERVAL_NANOS);
        pump.onFrame(this::frame);
        pump.onBatch(this::batch);
    }

    private void frame(Snapshot s) {
        List<SimEvent> fresh = events.poll();
        run.apply(s, fresh);
        status.apply(s, fresh);
        inspector.apply(s);
        view.applyFrame(s);
    }

    private void batch(Snapshot s) {
        kpis.apply(s);
        view.applyBatch(s);
    }

    /**
     * Space and +/- work wherever focus is (except in text fields), including the keypad and
     * "=" for "+" on keyboards where "+" needs Shift.
     */
    private void shortcut(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown() || scene.getFocusOwner() instanceof TextInputControl) {
            return;
        }
        KeyCode code = e.getCode();
        switch (code) {
            case SPACE -> run.togglePlay();
            case PLUS, EQUALS, ADD -> run.faster();
            case MINUS, SUBTRACT -> run.slower();
            default -> {
                return;
            }
        }
        e.consume();
    }

    public Scene scene() {
        return scene;
    }

    public ThemeManager themes() {
        return themes;
    }

    /** Starts pulling snapshots, once per frame. */
    public void start() {
        pump.start();
    }

    public void stop() {
        pump.stop();
    }
}
