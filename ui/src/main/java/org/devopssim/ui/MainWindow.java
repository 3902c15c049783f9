package org.devopssim.ui;

import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.devopssim.simulation.engine.Snapshot;
import org.devopssim.simulation.events.EventLog;
import org.devopssim.simulation.events.SimEvent;
import org.devopssim.simulation.model.Topology;
import org.devopssim.simulation.metrics.MetricsStore;
import org.devopssim.simulation.spi.Forecast;
import org.devopssim.simulation.spi.LoadForecaster;
import org.devopssim.ui.chart.AnomalyLayer;
import org.devopssim.ui.chart.DeliveryDecisionLayer;
import org.devopssim.ui.chart.ForecastLayer;
import org.devopssim.ui.chart.MetricChartModel;
import org.devopssim.ui.edit.CheckPanel;
import org.devopssim.ui.edit.DeliveryEditor;
import org.devopssim.ui.edit.EditMenu;
import org.devopssim.ui.edit.EditedRunControl;
import org.devopssim.ui.edit.LiveEdits;
import org.devopssim.ui.edit.PropertyEditor;
import org.devopssim.ui.edit.TopologyCheckModel;
import org.devopssim.ui.edit.TopologyDocument;
import org.devopssim.ui.edit.TopologyEditor;
import org.devopssim.ui.files.DocumentFiles;
import org.devopssim.ui.files.FileMenu;
import org.devopssim.ui.files.FileSupport;
import org.devopssim.ui.files.ImportFlow;
import org.devopssim.ui.files.TraceFlow;
import org.devopssim.ui.files.ViewExport;
import org.devopssim.ui.topology.EditorPane;
import org.devopssim.ui.help.GuidedTour;
import org.devopssim.ui.help.HelpCenter;
import org.devopssim.ui.help.HelpContent;
import org.devopssim.ui.help.HelpMenu;
import org.devopssim.ui.help.TourOverlay;
import org.devopssim.ui.model.AlertListModel;
import org.devopssim.ui.model.EventLogModel;
import org.devopssim.ui.model.FeatureFlagsModel;
import org.devopssim.ui.model.LogViewModel;
import org.devopssim.ui.model.InspectorModel;
import org.devopssim.ui.model.KpiModel;
import org.devopssim.ui.model.OutboxModel;
import org.devopssim.ui.model.RecordedMoment;
import org.devopssim.ui.model.RunControlsModel;
import org.devopssim.ui.model.PipelineModel;
import org.devopssim.ui.model.SecurityModel;
import org.devopssim.ui.model.Selection;
import org.devopssim.ui.model.StatusModel;
import org.devopssim.ui.model.TimeTravelModel;
import org.devopssim.ui.operate.NoticeFeed;
import org.devopssim.ui.perf.FrameMeter;
import org.devopssim.ui.session.EventFeed;
import org.devopssim.ui.session.SimulationSession;
import org.devopssim.ui.session.SnapshotPump;
import org.devopssim.ui.theme.ThemeManager;
import org.devopssim.ui.topology.TopologyCanvas;
import org.devopssim.ui.view.ExperimentalMenu;
import org.devopssim.ui.view.LogsPane;
import org.devopssim.ui.view.MainView;
import org.devopssim.ui.view.NoticeToasts;
import org.devopssim.ui.view.Operator;

/**
 * The main window's scene with its view-models, fed by one {@link SnapshotPump}. The app
 * creates the session; this class only shows it and sends it the user's commands.
 */
public final class MainWindow {

    private final SimulationSession session;
    private final ThemeManager themes = new ThemeManager();
    private final Selection selection = new Selection();
    private final RunControlsModel run;
    private final StatusModel status = new StatusModel();
    private final KpiModel kpis = new KpiModel();
    private final InspectorModel inspector = new InspectorModel(selection);
    private final MetricChartModel chart;
    private final AlertListModel alerts;
    private final EventLogModel eventLog = new EventLogModel();
    private final OutboxModel outbox;
    private final SecurityModel security = new SecurityModel();
    private final PipelineModel pipeline;
    private final LogViewModel logs;
    private final FeatureFlagsModel features;
    private final TimeTravelModel timeTravel;
    private final NoticeFeed notices = new NoticeFeed();
    private final SnapshotPump pump;
    private final EventFeed events;
    private final FrameMeter meter;
    private final MainView view;
    private final Scene scene;
    private final NoticeToasts toasts;
    private final HelpCenter helpCenter;
    private final GuidedTour tour;
    private final LoadForecaster forecaster;
    private final TopologyDocument document;
    private final DocumentFiles files;
    private final Runnable exit;
    private final LiveEdits liveEdits;
    private final TopologyEditor editor;
    private final TopologyCheckModel checks;
    private EditorPane editorPane;
    private final TopologyCanvas topology;
    /** The topology of the run shown last, to notice a new run (preset switch, open, reset). */
    private Topology runTopology;
    private EventLog shownLog;
    private Snapshot lastBatch;

    /**
     * @param help the explanations, About facts and tour memory; the tour is only offered at start
     *             when the app asks ({@link #offerTourOnce()}), never by itself
     */
    public MainWindow(SimulationSession session, Runnable exit, HelpContent help) {
        this(session, exit, help, null);
    }

    /**
     * @param forecaster draws the request-rate forecast band on the chart (the ML module's, filled in
     *                   by the app), or null for no forecast
     */
    public MainWindow(SimulationSession session, Runnable exit, HelpContent help,
                      LoadForecaster forecaster) {
        this(session, exit, help, forecaster, FileSupport.inMemory());
    }

    /**
     * @param fileSupport where recent files and the autosave go and how files are chosen (the app's;
     *                    tests give their own folders and scripted choosers)
     */
    public MainWindow(SimulationSession session, Runnable exit, HelpContent help,
                      LoadForecaster forecaster, FileSupport fileSupport) {
        this.session = session;
        this.exit = exit;
        this.forecaster = forecaster;
        document = new TopologyDocument(session.topology());
        liveEdits = new LiveEdits(document, new LiveEdits.Run() {
            @Override
            public Snapshot latest() {
                return session.latest();
            }

            @Override
            public Topology topology() {
                return session.topology();
            }

            @Override
            public void submit(org.devopssim.simulation.engine.Action action) {
                session.submit(action);
            }

            @Override
            public void load(Topology topology) {
                session.load(topology);
            }
        }, this::editNotice);
        run = new RunControlsModel(new EditedRunControl(session, liveEdits));
        editor = new TopologyEditor(document, selection, this::editNotice);
        checks = new TopologyCheckModel(document);
        chart = new MetricChartModel(session::metrics, selection);
        if (forecaster != null) {
            chart.addLayer(new ForecastLayer(forecaster));
        }
        chart.addLayer(new AnomalyLayer(session::alerts));
        chart.addLayer(new DeliveryDecisionLayer(session::events));
        alerts = new AlertListModel(session::alerts);
        outbox = new OutboxModel(session::alerts);
        timeTravel = new TimeTravelModel(session::metrics, run);
        pipeline = new PipelineModel(session::submit);
        events = new EventFeed(session::events);
        logs = new LogViewModel(session::logs, selection);
        features = new FeatureFlagsModel(session::submit);
        topology = new TopologyCanvas(selection, themes);
        topology.edit(document, this::editNotice);
        editor.setAfterLayout(topology::fit);
        inspector.showTopology(document.topology());
        document.topologyProperty().addListener((obs, o, t) -> inspector.showTopology(t));
        Operator operator = new Operator(session::submit, () -> session.latest().topology(), selection);
        MainView.Models models = new MainView.Models(run, status, kpis, inspector, chart, alerts, eventLog, outbox,
                security, timeTravel, pipeline);
        scene = new Scene(new javafx.scene.layout.Pane(), 1440, 900);
        files = new DocumentFiles(document, session::load, fileSupport, scene::getWindow);
        run.setReplacementGuard(files::confirmThen);
        meter = new FrameMeter(scene);
        helpCenter = new HelpCenter(help.glossary(), themes);
        tour = new GuidedTour(GuidedTour.PRODUCTION, help.tourMemory());
        view = new MainView(models, topology, themes, operator, meter, helpCenter,
                HelpMenu.create(helpCenter, tour, help.about(), scene::getWindow), this::redrawChart, this::requestClose);
        FileMenu.install(view.menuBar(), files, new ViewExport(files, session::latest, themes::palette),
                new ImportFlow(files), new TraceFlow(files));
        editorPane = new EditorPane(topology, themes, liveEdits.pendingProperty(), run::reset);
        view.installEditor(editorPane, EditMenu.create(editor, topology.snapToGridProperty()),
                new javafx.scene.layout.VBox(6, new PropertyEditor(document, selection, this::editNotice),
                        new DeliveryEditor(document, selection, this::editNotice)), () -> new CheckPanel(checks, selection),
                checks.summaryProperty());
        logs.linesShownProperty().bind(view.addBottomTab("tab-logs", "Logs", logs.badgeProperty(), () -> new LogsPane(logs)));
        view.addMenus(List.of(), List.of(new ExperimentalMenu(features)));
        scene.setRoot(view);
        EditMenu.installRedoAlias(scene, editor);
        new TourOverlay(tour, scene, themes);
        operator.attachTo(scene);
        toasts = new NoticeToasts(scene, themes);
        files.setNotices(n -> toasts.show(List.of(n)));
        themes.manage(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        selection.nodeIdProperty().addListener((obs, o, n) -> redrawChart());
        themes.themeProperty().addListener((obs, o, n) -> {
            chart.invalidate();
            redrawChart();
        });
        timeTravel.cursorProperty().addListener((obs, o, n) -> showMoment());
        timeTravel.travellingProperty().addListener((obs, o, n) -> showMoment());
        pump = new SnapshotPump(session::latest, SnapshotPump.DEFAULT_BATCH_INTERVAL_NANOS);
        pump.onFrame(this::frame);
        pump.onBatch(this::batch);
        // The chart on the frame after the figures: together they made the slowest frames (docs/benchmarks-ui.md).
        pump.onAfterBatch(s -> redrawChart());
    }

    private void frame(Snapshot s) {
        followRun(s.topology());
        EventLog log = session.events();
        if (log != shownLog) {
            shownLog = log;
            eventLog.clear();
        }
        List<SimEvent> fresh = events.poll();
        run.apply(s, fresh);
        status.apply(s, fresh);
        inspector.apply(s);
        eventLog.append(fresh);
        view.applyFrame(s);
        toasts.show(notices.poll(fresh, session.alerts()));
    }

    /**
     * A new run whose topology is not the document's came from a preset switch: it becomes the
     * document. Runs of the document's own topology (opened, edited, reset) leave it alone.
     */
    private void followRun(Topology t) {
        if (t != runTopology) {
            runTopology = t;
            if (t != document.topology() && !liveEdits.loadedByAnEdit(t)) {
                document.replace(t, null);
            }
            liveEdits.refresh();
        }
    }

    private void batch(Snapshot s) {
        lastBatch = s;
        timeTravel.refresh();
        // Before the figures: the tiles are pushed when the figures' second moves.
        kpis.showAlerts(session.alerts());
        showOutlook(s);
        if (!timeTravel.isTravelling()) {
            kpis.apply(s);
        }
        alerts.refresh();
        outbox.refresh();
        security.apply(s.topology());
        pipeline.apply(s);
        logs.refresh();
        features.apply(s.topology(), session.disabledFeatures());
    }

    /** The forecast tile: the system's request rate ten minutes past the live second or the cursor. */
    private void showOutlook(Snapshot s) {
        MetricsStore store = session.metrics();
        if (forecaster == null || store == null || store.newestSecond() < 0) {
            kpis.showOutlook(null);
            return;
        }
        long end = Math.min(store.newestSecond(),
                timeTravel.isTravelling() ? timeTravel.cursorProperty().get() : s.second());
        kpis.showOutlook(ForecastLayer.recentMinutes(store, MetricsStore.SYSTEM, end, s.epochSecond() - s.second())
                .map(window -> {
                    Forecast f = forecaster.forecast(window, ForecastLayer.HORIZON_MINUTES).atLeastZero();
                    int last = f.horizonSteps() - 1;
                    return new KpiModel.Outlook(window.values()[window.size() - 1], f.median()[last], f.low()[last],
                            f.high()[last], f.source());
                }).orElse(null));
    }

    private void redrawChart() {
        Snapshot s = lastBatch;
        if (s != null) {
            long end = timeTravel.isTravelling() ? timeTravel.cursorProperty().get() : s.second();
            chart.refresh(s, end).ifPresent(view::showChart);
        }
    }

    /** Tiles and chart at the cursor while travelling; back at the live second after. */
    private void showMoment() {
        Snapshot s = lastBatch;
        if (s == null || session.metrics() == null) {
            return;
        }
        showOutlook(s);
        if (timeTravel.isTravelling()) {
            long at = timeTravel.cursorProperty().get();
            kpis.show(at, RecordedMoment.at(session.metrics(), at));
            RecordedMoment.snapshotAt(session.metrics(), session.statusHistory(), session.latest(), at)
                    .ifPresentOrElse(moment -> {
                        topology.showMoment(moment);
                        inspector.showMoment(moment);
                    }, this::showLiveTopology);
        } else {
            Snapshot live = session.latest();
            kpis.show(live.second(), live.system());
            showLiveTopology();
        }
        redrawChart();
    }

    private void showLiveTopology() {
        topology.showLive();
        inspector.showLive();
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

    /** The guided tour, e.g. for Help > Guided Tour and tests. */
    public GuidedTour tour() {
        return tour;
    }

    /** Starts the guided tour on a user's first start; call once the window shows. */
    /**
     * Adds Simulation > Train RL Autoscaler… (the Experimental learned autoscaling policy), trained by the
     * app's trainer on a background thread. Without this call the menu item is not there.
     */
    public void offerAutoscalerTraining(org.devopssim.ui.session.AutoscalerTrainer trainer) {
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) view.lookup("#menu-bar");
        javafx.scene.control.Menu simulation = bar.getMenus().stream().filter(m -> "Simulation".equals(m.getText()))
                .findFirst().orElseThrow(() -> new IllegalStateException("no Simulation menu"));
        javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem("Train RL Autoscaler…");
        item.setId("menu-train-rl");
        org.devopssim.ui.operate.AutoscalerTrainingDialog[] dialog = new org.devopssim.ui.operate.AutoscalerTrainingDialog[1];
        item.setOnAction(e -> {
            if (dialog[0] == null) {
                dialog[0] = new org.devopssim.ui.operate.AutoscalerTrainingDialog(scene.getWindow(), trainer,
                        () -> session.latest().topology(), session::submit);
            }
            dialog[0].show();
        });
        simulation.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), item);
    }

    public void offerTourOnce() {
        // After the first layout, so the tour can point at controls that have their size.
        Platform.runLater(tour::startIfNew);
    }

    /**
     * Adds the classroom: File > Open Exercise…, the Classroom menu and the exercise panel. The app
     * passes its drills, grading and storage; without this call the window has no classroom.
     */
    public org.devopssim.ui.exercise.Classroom enableClassroom(org.devopssim.ui.exercise.Classroom.Services services) {
        org.devopssim.ui.exercise.Classroom classroom = new org.devopssim.ui.exercise.Classroom(services, session, view, themes,
                scene::getWindow);
        classroom.authorFrom(document::topology);
        return classroom;
    }

    /** The topology being edited, its file and its undo history. */
    public TopologyDocument document() {
        return document;
    }

    /** New, Open, Save, recent files, autosave and recovery of the document. */
    public DocumentFiles files() {
        return files;
    }

    /** "*shop.dstopo - DevOps Simulator": for the stage's title. */
    public ReadOnlyStringProperty titleProperty() {
        return files.titleProperty();
    }

    /** Closing the window or File > Exit: unsaved changes are saved or given up first, or the close is cancelled. */
    public void requestClose() {
        files.requestClose(exit);
    }

    /** Why an edit was refused, or that it waits for a Reset: shown over the canvas. */
    private void editNotice(String text) {
        if (editorPane != null) {
            editorPane.showNotice(text);
        }
    }

    /** The selected nodes, shared by the canvas, the inspector and the chart. */
    public Selection selection() {
        return selection;
    }

    /** The editing commands of the Edit menu. */
    public TopologyEditor editor() {
        return editor;
    }

    /** The message shown over the canvas last (a refused edit, or an edit waiting for Reset). */
    public String lastEditNotice() {
        return editorPane.notice();
    }

    /** Whether the document has edits that only a Reset runs. */
    public boolean editsWaitForReset() {
        return liveEdits.isPending();
    }

    public ThemeManager themes() {
        return themes;
    }

    /** Pulse timings, e.g. for benchmarks. */
    public FrameMeter frameMeter() {
        return meter;
    }

    /** Starts pulling snapshots, once per frame; the meter first, so its stamp opens each pulse. */
    public void start() {
        meter.start();
        pump.start();
        files.start();
    }

    public void stop() {
        pump.stop();
        meter.stop();
        files.stop();
    }
}
