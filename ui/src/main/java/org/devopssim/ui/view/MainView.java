package org.devopssim.ui.view;

import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.devopssim.simulation.engine.Snapshot;
import org.devopssim.ui.model.InspectorModel;
import org.devopssim.ui.model.KpiModel;
import org.devopssim.ui.model.RunControlsModel;
import org.devopssim.ui.model.StatusModel;
import org.devopssim.ui.model.TrafficChartModel;
import org.devopssim.ui.theme.ThemeManager;
import org.devopssim.ui.topology.TopologyCanvas;

/**
 * The window's layout: menu and toolbar on top, the tile row, the topology beside the
 * inspector, the traffic chart below, the status bar at the bottom.
 */
public final class MainView extends BorderPane {

    private final TopologyCanvas topology;
    private final KpiTiles tiles;
    private final TrafficChart chart;

    public MainView(RunControlsModel run, StatusModel status, KpiModel kpis, InspectorModel inspector,
                    TrafficChartModel traffic, TopologyCanvas topology, ThemeManager themes, Runnable exit) {
        this.topology = topology;
        setId("main-view");
        AppMenuBar menu = new AppMenuBar(run, themes, new AppMenuBar.TopologyActions() {
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
        }, exit);
        setTop(new VBox(menu, new RunToolBar(run, topology::fit)));

        tiles = new KpiTiles(kpis, themes);
        chart = new TrafficChart(traffic, themes);
        InspectorPanel inspectorPanel = new InspectorPanel(inspector);

        SplitPane work = new SplitPane(topology, inspectorPanel);
        work.setDividerPositions(0.77);
        SplitPane.setResizableWithParent(inspectorPanel, false);
        SplitPane stack = new SplitPane(work, chart);
        stack.setOrientation(Orientation.VERTICAL);
        stack.setDividerPositions(0.7);
        SplitPane.setResizableWithParent(chart, false);
        setCenter(new VBox(tiles, stack));
        VBox.setVgrow(stack, javafx.scene.layout.Priority.ALWAYS);
        setBottom(new StatusBar(status));
    }

    /** Every new snapshot: cheap updates that should look smooth. */
    public void applyFrame(Snapshot s) {
        topology.apply(s);
    }

    /** A few times a second: tiles and chart. */
    public void applyBatch(Snapshot s) {
        chart.refresh(s);
    }
}
