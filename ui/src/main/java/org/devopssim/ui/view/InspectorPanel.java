package org.devopssim.ui.view;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.devopssim.ui.help.HelpButton;
import org.devopssim.ui.help.HelpCenter;
import org.devopssim.ui.model.InspectorModel;
import org.devopssim.ui.model.InspectorRow;

/**
 * The selected node's configuration and live figures as two label/value grids. The grids are
 * rebuilt only when the selection changes; live values are bound, so a frame only sets text.
 */
final class InspectorPanel extends ScrollPane {

    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final Label hint = new Label("Click a node or a region in the topology to see its configuration and live figures.");
    private final GridPane configuration = grid("inspector-configuration");
    private final GridPane live = grid("inspector-live");
    private final Label configurationHeader = section("Configuration");
    private final Label liveHeader = section("Live");
    private HBox subtitleRow;
    private VBox box;

    private final HelpCenter help;

    InspectorPanel(InspectorModel model, HelpCenter help) {
        this.help = help;
        setId("inspector");
        getStyleClass().add("inspector");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        title.setId("inspector-title");
        title.getStyleClass().add("inspector-title");
        title.setWrapText(true);
        title.textProperty().bind(model.titleProperty());
        liveHeader.setId("inspector-figures-heading");
        liveHeader.textProperty().bind(model.figuresHeadingProperty());
        subtitle.getStyleClass().add("muted");
        subtitle.textProperty().bind(model.subtitleProperty());
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        Label header = new Label("Inspector");
        header.getStyleClass().add("panel-title");
        HelpButton kindHelp = help.button(null, "help-inspector-kind");
        kindHelp.topicProperty().bind(model.kindTopicProperty());
        HBox kind = new HBox(6, subtitle, kindHelp);
        kind.setAlignment(Pos.CENTER_LEFT);
        subtitleRow = kind;
        box = new VBox(6, header, hint, title, kind, liveHeader, live, configurationHeader, configuration);
        box.setPadding(new Insets(8, 10, 10, 10));
        setContent(box);
        Tips.set(this, "The selected node: live figures update every frame");
        model.configuration().addListener((ListChangeListener<InspectorRow>) c -> fill(configuration, model.configuration()));
        model.live().addListener((ListChangeListener<InspectorRow>) c -> fill(live, model.live()));
        model.titleProperty().addListener((obs, o, t) -> showSelection(!t.isEmpty()));
        showSelection(false);
    }

    /**
     * The editable properties, between the live figures and the read-only configuration; they
     * show and hide themselves with the selection.
     */
    void addEditor(javafx.scene.Node editor) {
        box.getChildren().add(box.getChildren().indexOf(configurationHeader), editor);
    }

    private void showSelection(boolean selected) {
        hint.setVisible(!selected);
        hint.setManaged(!selected);
        for (var n : new javafx.scene.Node[] {title, subtitleRow, liveHeader, live, configurationHeader, configuration}) {
            n.setVisible(selected);
            n.setManaged(selected);
        }
    }

    private void fill(GridPane grid, ObservableList<InspectorRow> rows) {
        grid.getChildren().clear();
        int r = 0;
        for (InspectorRow row : rows) {
            Label name = new Label(row.label());
            name.getStyleClass().add("inspector-label");
            Label value = new Label();
            value.getStyleClass().add("inspector-value");
            value.textProperty().bind(row.valueProperty());
            value.setWrapText(true);
            String id = row.label().toLowerCase().replaceAll("[^a-z0-9]+", "-");
            value.setId("inspector-" + id);
            if (row.helpTopic() != null && help.glossary().contains(row.helpTopic())) {
                HBox labelled = new HBox(3, name, help.button(row.helpTopic(), "help-" + grid.getId() + "-" + id));
                labelled.setAlignment(Pos.CENTER_LEFT);
                grid.addRow(r++, labelled, value);
            } else {
                grid.addRow(r++, name, value);
            }
        }
    }

    private static GridPane grid(String id) {
        GridPane g = new GridPane();
        g.setId(id);
        g.setHgap(10);
        g.setVgap(3);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(90);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(names, values);
        return g;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }
}
