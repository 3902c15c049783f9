package org.devopssim.ui.theme;

import javafx.scene.paint.Color;
import org.devopssim.simulation.engine.Health;
import org.devopssim.simulation.model.LinkType;
import org.devopssim.simulation.model.Provider;

/**
 * Colours drawn in code (canvas, tiles, chart). Status colours follow the Okabe-Ito palette,
 * which stays distinct for the common colour-vision deficiencies; shapes carry status too.
 */
public record Palette(Color background, Color grid, Color text, Color mutedText, Color nodeFill,
                      Color nodeStroke, Color selection, Color panel, Color link, Color chartRate,
                      Color chartLatency, boolean dark) {

    public static final Palette LIGHT = new Palette(Color.web("#f4f6f8"), Color.web("#e3e7ec"),
            Color.web("#1f2328"), Color.web("#5b6470"), Color.web("#ffffff"), Color.web("#8c959f"),
            Color.web("#0969da"), Color.web("#ffffff"), Color.web("#57606a"), Color.web("#0072b2"),
            Color.web("#d55e00"), false);

    public static final Palette DARK = new Palette(Color.web("#161a1f"), Color.web("#1f252c"),
            Color.web("#e6edf3"), Color.web("#8b949e"), Color.web("#22282f"), Color.web("#4a5360"),
            Color.web("#58a6ff"), Color.web("#1c2128"), Color.web("#8b949e"), Color.web("#56b4e9"),
            Color.web("#e69f00"), true);

    /** Okabe-Ito bluish green / orange / vermillion. */
    public Color health(Health h) {
        return switch (h) {
            case UP -> Color.web("#009e73");
            case DEGRADED -> Color.web("#e69f00");
            case DOWN -> Color.web("#d55e00");
            case NONE -> mutedText;
        };
    }

    /** Brand-like colours, so students recognise the clouds at a glance. */
    public Color provider(Provider p) {
        return switch (p) {
            case AWS -> Color.web("#ff9900");
            case AZURE -> Color.web("#0078d4");
            case GCP -> Color.web("#34a853");
            case DIGITALOCEAN -> Color.web("#0069ff");
            case LOCAL -> Color.web("#8c959f");
        };
    }

    public Color cluster() {
        return dark ? Color.web("#a371f7") : Color.web("#8250df");
    }

    public Color link(LinkType type) {
        return switch (type) {
            case HTTP -> dark ? Color.web("#79c0ff") : Color.web("#0969da");
            case SQL, SQL_READ -> dark ? Color.web("#d2a8ff") : Color.web("#8250df");
            // Teal, not red: red on a link means its callee is down or failing (TopologyPainter).
            case CACHE -> dark ? Color.web("#39c5cf") : Color.web("#1b7c83");
            case EVENT_STREAM -> dark ? Color.web("#e3b341") : Color.web("#9a6700");
            case REPLICATION -> dark ? Color.web("#56d364") : Color.web("#1a7f37");
            case METRICS_SCRAPE -> link;
        };
    }
}
