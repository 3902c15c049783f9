package org.devopssim.ui.model;

/**
 * The performance bands of the DORA State of DevOps report (2023), so a student reads the four
 * figures against what the industry calls elite, high, medium and low.
 */
public enum DoraLevel {
    ELITE, HIGH, MEDIUM, LOW;

    private static final double HOUR = 3600;
    private static final double DAY = 24 * HOUR;

    /** Elite deploys on demand (several a day), high daily to weekly, medium weekly to monthly. */
    public static DoraLevel ofDeploysPerDay(double perDay) {
        return perDay >= 1 ? ELITE : perDay >= 1 / 7.0 ? HIGH : perDay >= 1 / 30.0 ? MEDIUM : LOW;
    }

    /** Commit to production: elite under a day, high under a week, medium under a month. */
    public static DoraLevel ofLeadTimeSeconds(double seconds) {
        return seconds < DAY ? ELITE : seconds < 7 * DAY ? HIGH : seconds < 30 * DAY ? MEDIUM : LOW;
    }

    /** Share of deployments that fail in production: 5%, 10% and 15% bound the bands. */
    public static DoraLevel ofChangeFailureRate(double rate) {
        return rate <= 0.05 ? ELITE : rate <= 0.10 ? HIGH : rate <= 0.15 ? MEDIUM : LOW;
    }

    /** Failed deployment recovery: elite under an hour, high under a day, medium under a week. */
    public static DoraLevel ofTimeToRestoreSeconds(double seconds) {
        return seconds < HOUR ? ELITE : seconds < DAY ? HIGH : seconds < 7 * DAY ? MEDIUM : LOW;
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase();
    }
}
