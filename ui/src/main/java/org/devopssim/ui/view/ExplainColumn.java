package org.devopssim.ui.view;

import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import org.devopssim.simulation.help.GlossaryEntry;
import org.devopssim.ui.help.HelpCenter;

/** A table column with a link to the glossary entry that explains a row, where one does. */
final class ExplainColumn {

    private ExplainColumn() {
    }

    static <T> TableColumn<T, T> of(HelpCenter help, Function<T, Optional<GlossaryEntry>> explain) {
        TableColumn<T, T> c = new TableColumn<>("Explain");
        c.setPrefWidth(150);
        c.setSortable(false);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            private final Hyperlink link = new Hyperlink();

            @Override
            protected void updateItem(T row, boolean empty) {
                super.updateItem(row, empty);
                Optional<GlossaryEntry> entry = empty || row == null ? Optional.empty() : explain.apply(row);
                if (entry.isEmpty()) {
                    setGraphic(null);
                    return;
                }
                GlossaryEntry e = entry.get();
                link.setText(e.title().replaceFirst("^Alert: ", ""));
                link.getStyleClass().setAll("hyperlink", "event-explain");
                link.setTooltip(new Tooltip(e.shortText()));
                link.setOnAction(x -> help.open(e.id(), getScene() == null ? null : getScene().getWindow()));
                setGraphic(link);
            }
        });
        return c;
    }
}
