package org.devopssim.simulation.alerting;

import java.util.Objects;
import org.devopssim.simulation.events.Severity;

/**
 * A multi-window burn-rate alert (Google SRE workbook, "Alerting on SLOs"): fires while the error
 * budget burns faster than {@code factor} times the sustainable rate over both the long window
 * (the burn is significant) and the short window (it is still happening, so the alert resets soon
 * after recovery). E.g. page at 14.4x over 1 h and 5 min: 2% of a 30-day budget in an hour.
 */
public record BurnRateAlert(String name, long longWindowSeconds, long shortWindowSeconds, double factor,
                            Severity severity) {

    public BurnRateAlert {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(severity, "severity");
        if (shortWindowSeconds < 60 || longWindowSeconds <= shortWindowSeconds) {
            throw new IllegalArgumentException("burn-rate windows must be at least a minute, the long one longer"
                    + " than the short one: " + longWindowSeconds + " s / " + shortWindowSeconds + " s");
        }
        if (!(factor > 0)) {
            throw new IllegalArgumentException("burn-rate factor must be > 0: " + factor);
        }
    }
}
