package org.devopssim.ui.view;

import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.devopssim.ui.help.HelpCenter;
import org.devopssim.ui.model.AlertListModel;
import org.devopssim.ui.model.EventLogModel;
import org.devopssim.ui.model.OutboxModel;
import org.devopssim.ui.model.PipelineModel;
import org.devopssim.ui.model.SecurityModel;
import org.devopssim.ui.theme.ThemeManager;

/** Charts, alerts, the event log, the email outbox, security findings and the pipeline below the topology. */
final class BottomTabs extends TabPane {

    BottomTabs(MetricChart chart, AlertListModel alerts, EventLogModel events, OutboxModel outbox, SecurityModel security,
               PipelineModel pipeline, HelpCenter help, ThemeManager themes) {
        setId("bottom-tabs");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        getTabs().addAll(
                tab("tab-charts", "Charts", null, () -> chart),
                tab("tab-alerts", "Alerts", alerts.summaryProperty(), () -> new AlertsPane(alerts, help)),
                tab("tab-events", "Events", null, () -> new EventsPane(events, help)),
                tab("tab-email", "Email", Bindings.createStringBinding(() -> outbox.emails().isEmpty() ? ""
                        : String.valueOf(outbox.emails().size()), outbox.emails()), () -> new OutboxPane(outbox)),
                tab("tab-security", "Security", security.summaryProperty(), () -> new SecurityPane(security)),
                tab("tab-pipeline", "Pipeline", pipeline.badgeProperty(),
                        () -> new PipelinePane(pipeline, new DoraTiles(pipeline, themes))));
    }

    /**
     * Adds a tab after the others (features built outside this class: the Logs tab, the editor's check);
     * returns whether it is the one shown.
     */
    ReadOnlyBooleanProperty add(String id, String title, ObservableStringValue badge, Supplier<? extends Node> content) {
        Tab tab = tab(id, title, badge, content);
        getTabs().add(tab);
        return tab.selectedProperty();
    }

    private static Tab tab(String id, String title, ObservableStringValue badge, Supplier<? extends Node> content) {
        Tab tab = new Tab(title);
        tab.setId(id);
        // The content is made and joins the scene when the tab is first shown: styling and skinning every
        // hidden tab's controls was most of the window's first layout (docs/benchmarks-packaging.md).
        tab.selectedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> selected, Boolean was, Boolean is) {
                if (is) {
                    tab.setContent(content.get());
                    selected.removeListener(this);
                }
            }
        });
        if (badge != null) {
            tab.textProperty().bind(Bindings.createStringBinding(
                    () -> badge.get() == null || badge.get().isEmpty() ? title : title + " (" + badge.get() + ")", badge));
        }
        return tab;
    }
}
