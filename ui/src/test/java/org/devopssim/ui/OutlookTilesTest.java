package org.devopssim.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.hansolo.tilesfx.Tile;
import java.util.Arrays;
import javafx.stage.Stage;
import org.devopssim.simulation.spi.Forecast;
import org.devopssim.simulation.spi.LoadForecaster;
import org.devopssim.simulation.spi.SeriesWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The forecast and anomaly tiles on a running Production preset. */
@ExtendWith(ApplicationExtension.class)
class OutlookTilesTest {

    /** Forecasts 20% above the newest minute, with a band of +-10% around that. */
    private static final LoadForecaster RISING = new LoadForecaster() {
        @Override
        public Forecast forecast(SeriesWindow history, int horizonSteps) {
            double[] median = new double[horizonSteps];
            Arrays.fill(median, history.values()[history.size() - 1] * 1.2);
            return new Forecast(history.lastTimestamp() + 60, 60, Arrays.stream(median).map(v -> v * 0.9).toArray(),
                    median, Arrays.stream(median).map(v -> v * 1.1).toArray(), "rising test forecaster");
        }
    };

    private WindowUnderTest opened;

    @Start
    void start(Stage stage) {
        opened = WindowUnderTest.open(stage, Presets.help(), RISING);
    }

    @AfterEach
    void stop() {
        opened.close();
    }

    @Test
    void theForecastTileShowsTenMinutesAheadOnceTenMinutesAreRecorded(FxRobot robot) throws Exception {
        Tile forecast = robot.lookup("#tile-forecast").queryAs(Tile.class);
        Tile anomalies = robot.lookup("#tile-anomalies").queryAs(Tile.class);
        WindowUnderTest.waitUntil("the first snapshot is shown", () -> opened.session.latest().second() == 0);
        assertEquals("needs 10 minutes of history", forecast.getDescription());

        robot.clickOn("#speed-600x");
        robot.clickOn("#play");

        WindowUnderTest.waitUntil("the forecast tile shows a forecast", () -> forecast.getValue() > 0);
        assertTrue(forecast.getDescription().startsWith("band "), forecast.getDescription());
        WindowUnderTest.waitUntil("the change against now", () -> "+20 % vs now".equals(forecast.getText()));
        assertEquals(0, anomalies.getValue());
        assertEquals("no AI detection in this run", anomalies.getDescription(), "Production has no anomaly feed");
    }
}
