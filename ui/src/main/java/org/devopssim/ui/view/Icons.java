package org.devopssim.ui.view;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;

/** Toolbar icons as shapes: crisp at any scale, coloured by CSS (.icon), no font glyphs needed. */
final class Icons {

    private Icons() {
    }

    static Node play() {
        return icon(new Polygon(2, 1, 13, 7, 2, 13));
    }

    static Node pause() {
        return icon(new Rectangle(2, 1, 4, 12), new Rectangle(8, 1, 4, 12));
    }

    static Node step() {
        return icon(new Polygon(1, 1, 10, 7, 1, 13), new Rectangle(10, 1, 3, 12));
    }

    static Node reset() {
        Arc arc = new Arc(7, 7, 5.5, 5.5, 60, 290);
        arc.setType(ArcType.OPEN);
        arc.getStyleClass().add("icon-stroke");
        Polygon head = new Polygon(8.5, 0, 13.5, 2.5, 9, 6);
        return icon(arc, head);
    }

    static Node fit() {
        Shape[] corners = {
                new Polygon(1, 1, 6, 1, 1, 6), new Polygon(13, 1, 8, 1, 13, 6),
                new Polygon(1, 13, 6, 13, 1, 8), new Polygon(13, 13, 8, 13, 13, 8)};
        return icon(corners);
    }

    private static Node icon(Shape... shapes) {
        for (Shape s : shapes) {
            if (!s.getStyleClass().contains("icon-stroke")) {
                s.getStyleClass().add("icon");
            }
        }
        Group g = new Group(shapes);
        g.getStyleClass().add("icon-group");
        return g;
    }
}
