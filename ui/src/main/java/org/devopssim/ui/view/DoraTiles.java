package org.devopssim.ui.view;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.Tile.SkinType;
import eu.hansolo.tilesfx.TileBuilder;
import java.util.List;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.paint.Color;
import org.devopssim.simulation.engine.DeliveryPipeline;
import org.devopssim.ui.model.DoraLevel;
import org.devopssim.ui.model.PipelineModel;
import org.devopssim.ui.theme.Palette;
import org.devopssim.ui.theme.ThemeManager;

/**
 * The four DORA figures as tiles, each with its band (elite, high, medium, low) by colour and
 * by name, so the band does not depend on seeing the colour.
 */
final class DoraTiles extends HBox {

    private static final double TILE_HEIGHT = 104;

    private final Tile frequency = tile("dora-frequency", "Deployment frequency", "a day", 1,
            "Production deployments per simulated day");
    private final Tile leadTime = tile("dora-lead-time", "Lead time for changes", "min", 0,
            "Mean time from commit to running in production");
    private final Tile failureRate = tile("dora-failure-rate", "Change failure rate", "%", 0,
            "Share of production deployments that caused a failure (rolled back or a bad release)");
    private final Tile restore = tile("dora-restore", "Time to restore", "min", 0,
            "Mean time from a failed deployment to service restored");
    private final List<Tile> all = List.of(frequency, leadTime, failureRate, restore);
    private final PipelineModel model;
    private final ThemeManager themes;

    DoraTiles(PipelineModel model, ThemeManager themes) {
        super(8);
        this.model = model;
        this.themes = themes;
        setId("dora-tiles");
        for (Tile t : all) {
            t.setMinSize(150, TILE_HEIGHT);
            t.setPrefSize(200, TILE_HEIGHT);
            t.setMaxSize(260, TILE_HEIGHT);
            HBox.setHgrow(t, Priority.ALWAYS);
            getChildren().add(t);
        }
        model.figuresProperty().addListener((obs, o, n) -> push());
        themes.themeProperty().addListener((obs, o, n) -> push());
        push();
    }

    private static Tile tile(String id, String title, String unit, int decimals, String tip) {
        Tile t = TileBuilder.create().skinType(SkinType.NUMBER).title(title).unit(unit).decimals(decimals)
                .animated(false).build();
        t.setId(id);
        t.setTooltipText(tip);
        t.setTextVisible(true);
        return t;
    }

    private void push() {
        Palette p = themes.palette();
        for (Tile t : all) {
            t.setBackgroundColor(p.panel());
            t.setTitleColor(p.mutedText());
            t.setUnitColor(p.mutedText());
            t.setDescriptionColor(p.mutedText());
            t.setTextColor(p.mutedText());
        }
        DeliveryPipeline.Dora d = model.figuresProperty().get();
        if (d == null || d.productionDeploys() == 0) {
            for (Tile t : all) {
                t.setValue(0);
                t.setValueColor(p.mutedText());
                t.setDescription("no production deploys yet");
            }
            return;
        }
        show(frequency, d.deploysPerDay(), DoraLevel.ofDeploysPerDay(d.deploysPerDay()));
        frequency.setText(d.productionDeploys() + " deploy(s) so far");
        showSeconds(leadTime, d.leadTimeSeconds(), DoraLevel.ofLeadTimeSeconds(d.leadTimeSeconds()));
        show(failureRate, 100 * d.changeFailureRate(), DoraLevel.ofChangeFailureRate(d.changeFailureRate()));
        showSeconds(restore, d.timeToRestoreSeconds(), DoraLevel.ofTimeToRestoreSeconds(d.timeToRestoreSeconds()));
    }

    private void showSeconds(Tile t, double seconds, DoraLevel level) {
        if (Double.isNaN(seconds)) {
            t.setValue(0);
            t.setValueColor(themes.palette().mutedText());
            t.setDescription("nothing to measure yet");
            return;
        }
        show(t, seconds / 60, level);
    }

    private static void show(Tile t, double value, DoraLevel level) {
        t.setValue(value);
        t.setValueColor(colour(level));
        t.setDescription(level.label() + " (DORA 2023)");
    }

    /** Okabe-Ito: bluish green, sky blue, orange, vermillion. */
    private static Color colour(DoraLevel level) {
        return Color.web(switch (level) {
            case ELITE -> "#009e73";
            case HIGH -> "#56b4e9";
            case MEDIUM -> "#e69f00";
            case LOW -> "#d55e00";
        });
    }
}
