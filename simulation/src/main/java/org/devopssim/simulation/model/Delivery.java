package org.devopssim.simulation.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How new versions reach the system and how they are taken back (the seed's deployment table). */
public record Delivery(Strategy strategy, Rollback rollback, boolean zeroDowntime) {

    public enum Strategy {
        @JsonProperty("rolling-update") ROLLING_UPDATE,
        @JsonProperty("canary") CANARY,
        @JsonProperty("blue-green") BLUE_GREEN,
        @JsonProperty("hot-reload") HOT_RELOAD
    }

    public enum Rollback {
        @JsonProperty("manual") MANUAL,
        @JsonProperty("automatic-on-failure") AUTOMATIC_ON_FAILURE,
        @JsonProperty("ai-on-anomaly") AI_ON_ANOMALY,
        @JsonProperty("previous-commit") PREVIOUS_COMMIT
    }
}
