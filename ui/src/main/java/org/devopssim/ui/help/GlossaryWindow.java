package org.devopssim.ui.help;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.devopssim.simulation.help.GlossaryEntry;
import org.devopssim.ui.theme.ThemeManager;

/** Help > Glossary: a search field, the entries it finds, and the selected entry's full text. */
final class GlossaryWindow {

    private final Stage stage = new Stage();
    private final GlossaryModel model;
    private final ListView<GlossaryEntry> list;
    private final TextField filter = new TextField();

    GlossaryWindow(GlossaryModel model, ThemeManager themes, Window owner) {
        this.model = model;
        filter.setId("glossary-filter");
        filter.setPromptText("Search: a metric, an alert, a fault, a concept…");
        filter.textProperty().bindBidirectional(model.queryProperty());

        list = new ListView<>(model.found());
        list.setId("glossary-list");
        list.setPlaceholder(new Label("Nothing matches; try fewer words"));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(GlossaryEntry e, boolean empty) {
                super.updateItem(e, empty);
                // The family tells apart same-named entries (the metric and the concept of replication lag).
                setText(empty || e == null ? null : e.title() + "  ·  " + GlossaryModel.familyLabel(e));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, o, e) -> {
            if (e != null) {
                model.selectedProperty().set(e);
            }
        });
        model.selectedProperty().addListener((obs, o, e) -> {
            if (e != null && list.getSelectionModel().getSelectedItem() != e) {
                list.getSelectionModel().select(e);
                list.scrollTo(e);
            }
        });

        Label title = new Label();
        title.setId("glossary-title");
        title.getStyleClass().add("glossary-title");
        title.setWrapText(true);
        Label family = new Label();
        family.getStyleClass().add("muted");
        Label summary = new Label();
        summary.setId("glossary-short");
        summary.getStyleClass().add("glossary-short");
        summary.setWrapText(true);
        Label body = new Label();
        body.setId("glossary-long");
        body.getStyleClass().add("glossary-long");
        body.setWrapText(true);
        model.selectedProperty().addListener((obs, o, e) -> {
            title.setText(e == null ? "" : e.title());
            family.setText(e == null ? "" : GlossaryModel.familyLabel(e));
            summary.setText(e == null ? "" : e.shortText());
            body.setText(e == null ? "" : e.longText());
        });
        VBox detail = new VBox(10, title, family, summary, body);
        detail.setPadding(new Insets(14));
        detail.getStyleClass().add("glossary-detail");
        ScrollPane scroll = new ScrollPane(detail);
        scroll.setId("glossary-detail");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("glossary-detail");

        SplitPane split = new SplitPane(list, scroll);
        split.setDividerPositions(0.34);
        BorderPane root = new BorderPane(split);
        root.setTop(filter);
        BorderPane.setMargin(filter, new Insets(8));
        root.setId("glossary-window");
        Scene scene = new Scene(root, 860, 560);
        themes.manage(scene);
        stage.setScene(scene);
        stage.setTitle("Glossary — DevOps Simulator");
        if (owner != null) {
            stage.initOwner(owner);
        }
        GlossaryEntry first = model.selectedProperty().get();
        if (first != null) {
            list.getSelectionModel().select(first);
            title.setText(first.title());
            family.setText(GlossaryModel.familyLabel(first));
            summary.setText(first.shortText());
            body.setText(first.longText());
        }
    }

    void show(String topicId) {
        if (topicId != null) {
            model.select(topicId);
        }
        stage.show();
        stage.toFront();
        filter.requestFocus();
    }
}
