package org.devopssim.ui.topology;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.ArcType;
import org.devopssim.simulation.model.NodeKind;

/** Small vector icons, one per node kind, drawn in a square of side {@code s} centred on (cx, cy). */
final class KindGlyphs {

    private KindGlyphs() {
    }

    static void draw(GraphicsContext g, NodeKind kind, double cx, double cy, double s, Color color) {
        draw(new FxPen(g), kind, cx, cy, s, color);
    }

    static void draw(Pen g, NodeKind kind, double cx, double cy, double s, Color color) {
        g.setStroke(color);
        g.setFill(color);
        g.setLineWidth(Math.max(1.2, s / 12));
        double h = s / 2;
        switch (kind) {
            case TRAFFIC_SOURCE -> person(g, cx, cy, h);
            case LOAD_BALANCER -> fork(g, cx, cy, h);
            case APP_SERVICE -> hexagon(g, cx, cy, h);
            case POSTGRES -> cylinder(g, cx, cy, h);
            case REDIS -> layers(g, cx, cy, h);
            case KAFKA -> stream(g, cx, cy, h);
            case AUTH_SERVICE -> padlock(g, cx, cy, h);
            case MONITORING -> pulse(g, cx, cy, h);
            case REGION, CLUSTER -> g.strokeRect(cx - h, cy - h, s, s);
        }
    }

    private static void person(Pen g, double cx, double cy, double h) {
        g.fillOval(cx - h * 0.35, cy - h, h * 0.7, h * 0.7);
        g.fillArc(cx - h * 0.8, cy - h * 0.1, h * 1.6, h * 1.8, 0, 180, ArcType.ROUND);
    }

    /** One line in, three out: traffic being split. */
    private static void fork(Pen g, double cx, double cy, double h) {
        g.strokeOval(cx - h, cy - h, 2 * h, 2 * h);
        double left = cx - h * 0.55;
        double mid = cx - h * 0.05;
        double right = cx + h * 0.55;
        g.strokeLine(left, cy, mid, cy);
        g.strokeLine(mid, cy, right, cy - h * 0.45);
        g.strokeLine(mid, cy, right, cy);
        g.strokeLine(mid, cy, right, cy + h * 0.45);
    }

    private static void hexagon(Pen g, double cx, double cy, double h) {
        double[] xs = new double[6];
        double[] ys = new double[6];
        for (int i = 0; i < 6; i++) {
            double a = Math.PI / 3 * i + Math.PI / 6;
            xs[i] = cx + h * Math.cos(a);
            ys[i] = cy + h * Math.sin(a);
        }
        g.strokePolygon(xs, ys, 6);
        g.strokeLine(cx - h * 0.35, cy - h * 0.2, cx - h * 0.55, cy);
        g.strokeLine(cx - h * 0.55, cy, cx - h * 0.35, cy + h * 0.2);
        g.strokeLine(cx + h * 0.35, cy - h * 0.2, cx + h * 0.55, cy);
        g.strokeLine(cx + h * 0.55, cy, cx + h * 0.35, cy + h * 0.2);
    }

    /** The classic database drum. */
    private static void cylinder(Pen g, double cx, double cy, double h) {
        double w = h * 1.5;
        double e = h * 0.5;
        g.strokeOval(cx - w / 2, cy - h, w, e);
        g.strokeLine(cx - w / 2, cy - h + e / 2, cx - w / 2, cy + h - e / 2);
        g.strokeLine(cx + w / 2, cy - h + e / 2, cx + w / 2, cy + h - e / 2);
        g.strokeArc(cx - w / 2, cy + h - e, w, e, 180, 180, ArcType.OPEN);
        g.strokeArc(cx - w / 2, cy - e / 2, w, e, 180, 180, ArcType.OPEN);
    }

    /** Stacked diamonds: an in-memory store. */
    private static void layers(Pen g, double cx, double cy, double h) {
        for (int i = 0; i < 3; i++) {
            double y = cy - h * 0.55 + i * h * 0.55;
            g.strokePolygon(new double[] {cx - h, cx, cx + h, cx}, new double[] {y, y - h * 0.35, y, y + h * 0.35}, 4);
        }
    }

    /** Three partitions of a log, with messages in them. */
    private static void stream(Pen g, double cx, double cy, double h) {
        for (int i = 0; i < 3; i++) {
            double y = cy - h * 0.7 + i * h * 0.7;
            g.strokeLine(cx - h, y, cx + h, y);
            g.fillOval(cx - h + (i * 0.45 + 0.2) * h, y - h * 0.16, h * 0.32, h * 0.32);
        }
    }

    private static void padlock(Pen g, double cx, double cy, double h) {
        g.strokeArc(cx - h * 0.5, cy - h, h, h * 1.1, 0, 180, ArcType.OPEN);
        g.strokeLine(cx - h * 0.5, cy - h * 0.45, cx - h * 0.5, cy - h * 0.1);
        g.strokeLine(cx + h * 0.5, cy - h * 0.45, cx + h * 0.5, cy - h * 0.1);
        g.fillRoundRect(cx - h * 0.8, cy - h * 0.1, h * 1.6, h * 1.1, h * 0.3, h * 0.3);
    }

    /** A heartbeat line in a frame. */
    private static void pulse(Pen g, double cx, double cy, double h) {
        g.strokeRoundRect(cx - h, cy - h * 0.8, 2 * h, h * 1.6, h * 0.4, h * 0.4);
        g.strokePolyline(new double[] {cx - h * 0.8, cx - h * 0.35, cx - h * 0.15, cx + h * 0.15, cx + h * 0.35, cx + h * 0.8},
                new double[] {cy, cy, cy - h * 0.55, cy + h * 0.5, cy, cy}, 6);
    }
}
