package org.devopssim.ui.view;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Shape;
import org.devopssim.ui.chart.ChartLine;

/**
 * The chart's legend as JavaFX labels above the plot. JFreeChart's own legend measures its text
 * with AWT fonts but JFreeChart-FX draws it with JavaFX fonts, so on screen long labels ran into
 * the next item's line; JavaFX lays these out with the fonts it draws.
 */
final class ChartLegend extends FlowPane {

    /** How one line is drawn, for its legend entry. */
    record Look(Color colour, boolean dashed, boolean marker) {
    }

    ChartLegend() {
        super(14, 2);
        setId("chart-legend");
        setAlignment(Pos.CENTER);
        setPadding(new Insets(2, 8, 0, 8));
    }

    /** One entry per line, in the chart's order, except the second edge of a band. */
    void show(List<ChartLine> lines, List<Look> looks) {
        getChildren().clear();
        for (int i = 0; i < lines.size(); i++) {
            ChartLine line = lines.get(i);
            if (line.role() == ChartLine.Role.BAND && line.lower() == null) {
                continue;
            }
            Label entry = new Label(line.labelWithUnit(), glyph(looks.get(i)));
            entry.getStyleClass().addAll("muted", "chart-legend-item");
            entry.setGraphicTextGap(5);
            getChildren().add(entry);
        }
    }

    private static Shape glyph(Look look) {
        Shape s;
        if (look.marker()) {
            s = new Polygon(5, 0, 10, 5, 5, 10, 0, 5);
            s.setFill(look.colour());
            s.setStroke(Color.WHITE);
        } else {
            Line l = new Line(0, 0, 18, 0);
            l.setStrokeWidth(look.dashed() ? 1.2 : 2);
            if (look.dashed()) {
                l.getStrokeDashArray().setAll(4.0, 3.0);
            }
            s = l;
            s.setStroke(look.colour());
        }
        return s;
    }
}
