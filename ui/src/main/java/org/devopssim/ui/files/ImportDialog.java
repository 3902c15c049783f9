package org.devopssim.ui.files;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.devopssim.simulation.imports.ImportReport;
import org.devopssim.simulation.imports.ServiceKind;
import org.devopssim.simulation.model.Topology;

/**
 * File > Import: the report of what became what, with the mapping editable before the topology
 * is made: a kind per component (a choice box), a check box to leave one out. The links found
 * and what was skipped or guessed (the warnings) and noted are listed beside it.
 */
final class ImportDialog extends Dialog<ButtonType> {

    static final ButtonType CREATE = new ButtonType("Create Topology", ButtonBar.ButtonData.OK_DONE);

    /**
     * @param build     makes the topology with the choices off the FX thread, then hands it to
     *                  {@code created}, or a failure to {@code failed}
     */
    ImportDialog(Window owner, ImportModel model, Builder build) {
        initOwner(owner);
        initModality(Modality.NONE);
        setTitle("Import");
        setResizable(true);
        ImportReport report = model.result().report();
        setHeaderText("Imported " + report.format() + " from " + sourcesText(model.sources()) + ": "
                + model.result().topology().nodes().size() + " nodes, " + model.result().topology().links().size()
                + " links. Change a kind or leave a service out, then create the topology.");
        getDialogPane().setId("import-dialog");
        getDialogPane().getButtonTypes().addAll(CREATE, ButtonType.CANCEL);
        getDialogPane().lookupButton(CREATE).setId("import-create");

        TableView<ImportModel.Row> table = mappingTable(model);
        ListView<String> links = list("import-links", model.links());
        ListView<String> warnings = list("import-warnings", report.warnings().stream().map(ImportReport.Finding::toString).toList());
        ListView<String> notes = list("import-notes", report.notes().stream().map(ImportReport.Finding::toString).toList());
        TabPane found = new TabPane(
                tab("Links found (" + links.getItems().size() + ")", links),
                tab("Skipped and guessed (" + warnings.getItems().size() + ")", warnings),
                tab("Notes (" + notes.getItems().size() + ")", notes));
        found.setId("import-found");
        found.setPrefHeight(190);
        Label status = new Label();
        status.setId("import-status");
        status.setWrapText(true);
        VBox content = new VBox(8, table, found, status);
        VBox.setVgrow(table, Priority.ALWAYS);
        content.setPadding(new Insets(4, 12, 0, 12));
        content.setPrefSize(980, 620);
        getDialogPane().setContent(content);

        Node create = getDialogPane().lookupButton(CREATE);
        create.addEventFilter(ActionEvent.ACTION, e -> {
            // Building reads the files again: off the FX thread, and the dialog stays open until it is done.
            e.consume();
            create.setDisable(true);
            status.setText("Creating the topology\u2026");
            build.build(model, topology -> {
                close();
                build.created(topology);
            }, message -> {
                create.setDisable(false);
                status.setText(message);
            });
        });
    }

    /** Makes the topology from the model's choices, off the FX thread. */
    interface Builder {
        void build(ImportModel model, Consumer<Topology> done, Consumer<String> failed);

        void created(Topology topology);
    }

    private static String sourcesText(List<Path> sources) {
        String first = String.valueOf(sources.getFirst().getFileName());
        return sources.size() == 1 ? first : first + " and " + (sources.size() - 1) + " more";
    }

    private static Tab tab(String title, Node content) {
        Tab t = new Tab(title, content);
        t.setClosable(false);
        return t;
    }

    private static ListView<String> list(String id, List<String> items) {
        ListView<String> list = new ListView<>(FXCollections.observableArrayList(items));
        list.setId(id);
        list.setPlaceholder(new Label("None"));
        return list;
    }

    private static TableView<ImportModel.Row> mappingTable(ImportModel model) {
        TableView<ImportModel.Row> table = new TableView<>(FXCollections.observableArrayList(model.rows()));
        table.setId("import-mapping");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<ImportModel.Row, ImportModel.Row> use = new TableColumn<>("Use");
        use.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        use.setCellFactory(c -> new UseCell());
        use.setMinWidth(52);
        use.setPrefWidth(56);
        use.setMaxWidth(64);

        TableColumn<ImportModel.Row, String> source = new TableColumn<>("Source");
        source.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().mapping().source()));
        source.setPrefWidth(210);

        TableColumn<ImportModel.Row, String> node = new TableColumn<>("Node");
        node.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().nodeId()));
        node.setPrefWidth(140);

        TableColumn<ImportModel.Row, ImportModel.Row> kind = new TableColumn<>("Becomes");
        kind.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        kind.setCellFactory(c -> new KindCell());
        kind.setPrefWidth(200);

        TableColumn<ImportModel.Row, String> detail = new TableColumn<>("Detail");
        detail.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().mapping().detail() == null ? "" : c.getValue().mapping().detail()));
        detail.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                // The detail is long (image, instances, sizing): the whole of it on hover.
                setTooltip(empty || text == null || text.isBlank() ? null : new javafx.scene.control.Tooltip(text));
            }
        });
        detail.setPrefWidth(360);

        table.getColumns().addAll(List.of(use, source, node, kind, detail));
        table.setPrefHeight(330);
        return table;
    }

    /** The "leave it out" check box; one per cell, rebound as the cell shows another row. */
    private static final class UseCell extends TableCell<ImportModel.Row, ImportModel.Row> {
        private final CheckBox box = new CheckBox();
        private ImportModel.Row bound;

        @Override
        protected void updateItem(ImportModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(bound.includedProperty());
                bound = null;
            }
            if (empty || row == null || !row.editable()) {
                setGraphic(null);
                return;
            }
            bound = row;
            box.setId("import-use-" + row.nodeId());
            box.selectedProperty().bindBidirectional(row.includedProperty());
            setGraphic(box);
        }
    }

    /** The kind a component becomes: a choice box for components, the plain kind for other lines. */
    private static final class KindCell extends TableCell<ImportModel.Row, ImportModel.Row> {
        private final ComboBox<ServiceKind> box = new ComboBox<>(FXCollections.observableArrayList(ServiceKind.values()));
        private ImportModel.Row bound;

        KindCell() {
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(ServiceKind k) {
                    return k == null ? "" : ImportModel.label(k);
                }

                @Override
                public ServiceKind fromString(String s) {
                    return null;
                }
            });
            box.setMaxWidth(Double.MAX_VALUE);
        }

        @Override
        protected void updateItem(ImportModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            if (bound != null) {
                box.valueProperty().unbindBidirectional(bound.kindProperty());
                box.disableProperty().unbind();
                bound = null;
            }
            setText(null);
            setGraphic(null);
            if (empty || row == null) {
                return;
            }
            if (!row.editable()) {
                setText(row.mapping().nodeKind());
                return;
            }
            bound = row;
            box.setId("import-kind-" + row.nodeId());
            box.valueProperty().bindBidirectional(row.kindProperty());
            box.disableProperty().bind(row.includedProperty().not());
            setGraphic(box);
        }
    }
}
