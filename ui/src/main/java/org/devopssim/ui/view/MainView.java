package org.devopssim.ui.view;

import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.devopssim.simulation.engine.Snapshot;
import org.devopssim.ui.chart.ChartData;
import org.devopssim.ui.chart.MetricChartModel;
import org.devopssim.ui.help.HelpCenter;
import org.devopssim.ui.model.AlertListModel;
import org.devopssim.ui.model.EventLogModel;
import org.devopssim.ui.model.InspectorModel;
import org.devopssim.ui.model.KpiModel;
import org.devopssim.ui.model.OutboxModel;
import org.devopssim.ui.model.RunControlsModel;
import org.devopssim.ui.model.PipelineModel;
import org.devopssim.ui.model.SecurityModel;
import org.devopssim.ui.model.StatusModel;
import org.devopssim.ui.model.TimeTravelModel;
import org.devopssim.ui.perf.FrameMeter;
import org.devopssim.ui.theme.ThemeManager;
import org.devopssim.ui.topology.TopologyCanvas;

/**
 * The window's layout: menu and toolbar on top, the tile row, the topology beside the
 * inspector, the bottom tabs (charts, alerts, events, email, security) below, then the history
 * slider and the status bar.
 */
public final class MainView extends BorderPane {

    /** The view-models the layout shows. */
    public record Models(RunControlsModel run, StatusModel status, KpiModel kpis, InspectorModel inspector,
                         MetricChartModel chart, AlertListModel alerts, EventLogModel events, OutboxModel outbox,
                         SecurityModel security, TimeTravelModel timeTravel, PipelineModel pipeline) {
    }

    private final TopologyCanvas topology;
    private final MetricChart chart;
    private final AppMenuBar menu;
    private final SplitPane work;
    private final InspectorPanel inspectorPanel;
    private final BottomTabs tabs;

    public MainView(Models m, TopologyCanvas topology, ThemeManager themes, Operator operator, FrameMeter meter,
                    HelpCenter help, Menu helpMenu, Runnable redrawChart, Runnable exit) {
        this.topology = topology;
        setId("main-view");
        Label frameTime = new Label();
        frameTime.setId("frame-meter");
        frameTime.getStyleClass().add("frame-meter");
        frameTime.textProperty().bind(meter.textProperty());
        frameTime.setVisible(false);
        frameTime.managedProperty().bind(frameTime.visibleProperty());
        menu = new AppMenuBar(m.run(), themes, new AppMenuBar.TopologyActions() {
            @Override
            public void fit() {
                topology.fit();
            }

            @Override
            public void zoomIn() {
                topology.zoomIn();
            }

            @Override
            public void zoomOut() {
                topology.zoomOut();
            }

            @Override
            public javafx.beans.property.BooleanProperty minimapAllowed() {
                return topology.minimapAllowedProperty();
            }

            @Override
            public void find() {
                topology.topologyLayout().ifPresent(layout -> FindNodeDialog.ask(getScene().getWindow(),
                        () -> layout.topology().nodes()).ifPresent(topology::reveal));
            }
        }, operator, frameTime.visibleProperty(), helpMenu, exit);
        setTop(new VBox(menu, new RunToolBar(m.run(), topology::fit)));

        KpiTiles tiles = new KpiTiles(m.kpis(), themes, help);
        chart = new MetricChart(m.chart(), themes, redrawChart);
        inspectorPanel = new InspectorPanel(m.inspector(), help);
        tabs = new BottomTabs(chart, m.alerts(), m.events(), m.outbox(), m.security(), m.pipeline(), help, themes);
        topology.setOnNodeMenu((node, at) -> new NodeContextMenu(node, operator).show(topology, at.getX(), at.getY()));

        work = new SplitPane(topology, inspectorPanel);
        work.setDividerPositions(0.77);
        SplitPane.setResizableWithParent(inspectorPanel, false);
        SplitPane stack = new SplitPane(work, tabs);
        stack.setOrientation(Orientation.VERTICAL);
        stack.setDividerPositions(0.62);
        SplitPane.setResizableWithParent(tabs, false);
        setCenter(new VBox(tiles, stack));
        VBox.setVgrow(stack, Priority.ALWAYS);
        setBottom(new VBox(new TimeTravelBar(m.timeTravel()), frameTime, new StatusBar(m.status())));
    }

    /** Adds a feature's items at the top of File and its menus before Help (see the classroom). */
    public void addMenus(java.util.List<javafx.scene.control.MenuItem> fileItems, java.util.List<Menu> menus) {
        menu.addFeature(fileItems, menus);
    }

    /** Shows a panel at the right of the window (an exercise's checklist), or none for null. */
    public void showSidePanel(javafx.scene.Node panel) {
        setRight(panel);
    }

    /** The window's menu bar, for commands added by their own packages (File > Open, Save, ...). */
    public MenuBar menuBar() {
        return menu;
    }

    /**
     * Adds a bottom tab after the others, with an optional badge (a count) in its title; its content
     * is made when the tab is first shown. Returns whether it is the one shown.
     */
    public javafx.beans.property.ReadOnlyBooleanProperty addBottomTab(String id, String title,
            javafx.beans.value.ObservableStringValue badge, java.util.function.Supplier<? extends javafx.scene.Node> content) {
        return tabs.add(id, title, badge, content);
    }

    /**
     * Turns the view into an editor: the topology area becomes {@code editorPane} (palette and
     * canvas), the Edit menu goes after File, the property editor into the inspector and the
     * topology check into a bottom tab.
     */
    public void installEditor(javafx.scene.Node editorPane, Menu editMenu, javafx.scene.Node propertyEditor,
                              java.util.function.Supplier<? extends javafx.scene.Node> checkPanel,
                              javafx.beans.value.ObservableStringValue checkBadge) {
        double divider = work.getDividerPositions()[0];
        work.getItems().set(0, editorPane);
        work.setDividerPositions(divider);
        menu.getMenus().add(Math.min(1, menu.getMenus().size()), editMenu);
        inspectorPanel.addEditor(propertyEditor);
        tabs.add("tab-check", "Check", checkBadge, checkPanel);
    }

    /** Every new snapshot: cheap updates that should look smooth. */
    public void applyFrame(Snapshot s) {
        topology.apply(s);
    }

    /** A few times a second, or at once when the chart's choices change. */
    public void showChart(ChartData data) {
        chart.show(data);
    }
}
