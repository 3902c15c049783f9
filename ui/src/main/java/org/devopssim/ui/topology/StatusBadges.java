package org.devopssim.ui.topology;

import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import javafx.geometry.VPos;
import org.devopssim.simulation.engine.Health;
import org.devopssim.ui.theme.Palette;

/**
 * Health as shape as well as colour, for colour-blind users: up is a circle with a tick,
 * degraded a triangle with "!", down a square with a cross.
 */
final class StatusBadges {

    private static final Font BADGE_FONT = Font.font("System", FontWeight.BOLD, 10);

    private StatusBadges() {
    }

    static void health(Pen g, Health health, double cx, double cy, double r, Palette p) {
        Color c = p.health(health);
        Color mark = Color.WHITE;
        g.setLineWidth(1.6);
        switch (health) {
            case UP -> {
                g.setFill(c);
                g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
                g.setStroke(mark);
                g.strokePolyline(new double[] {cx - r * 0.45, cx - r * 0.1, cx + r * 0.5},
                        new double[] {cy, cy + r * 0.4, cy - r * 0.4}, 3);
            }
            case DEGRADED -> {
                g.setFill(c);
                g.fillPolygon(new double[] {cx, cx + r * 1.15, cx - r * 1.15},
                        new double[] {cy - r * 1.1, cy + r * 0.9, cy + r * 0.9}, 3);
                g.setStroke(Color.BLACK);
                g.strokeLine(cx, cy - r * 0.45, cx, cy + r * 0.2);
                g.strokeLine(cx, cy + r * 0.45, cx, cy + r * 0.55);
            }
            case DOWN -> {
                g.setFill(c);
                g.fillRect(cx - r, cy - r, 2 * r, 2 * r);
                g.setStroke(mark);
                g.strokeLine(cx - r * 0.5, cy - r * 0.5, cx + r * 0.5, cy + r * 0.5);
                g.strokeLine(cx + r * 0.5, cy - r * 0.5, cx - r * 0.5, cy + r * 0.5);
            }
            case NONE -> {
            }
        }
    }

    /** A pill with the instance count, "4" or "4+2" while two more boot. */
    static void instances(Pen g, int ready, int booting, double rightX, double cy, Palette p) {
        String text = booting > 0 ? "×" + ready + "+" + booting : "×" + ready;
        double w = 9 + 6.5 * text.length();
        double h = 15;
        g.setFill(p.dark() ? Color.web("#30363d") : Color.web("#eaeef2"));
        g.fillRoundRect(rightX - w, cy - h / 2, w, h, h, h);
        g.setStroke(p.nodeStroke());
        g.setLineWidth(1);
        g.strokeRoundRect(rightX - w, cy - h / 2, w, h, h, h);
        g.setFill(booting > 0 ? p.health(Health.DEGRADED) : p.text());
        g.setFont(BADGE_FONT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, rightX - w / 2, cy);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }
}
