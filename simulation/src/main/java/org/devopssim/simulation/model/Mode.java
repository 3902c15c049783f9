package org.devopssim.simulation.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The three modes of the reproduced architecture (seed ARCHITECTURE.md). */
public enum Mode {
    @JsonProperty("production") PRODUCTION,
    @JsonProperty("development") DEVELOPMENT,
    @JsonProperty("experimental") EXPERIMENTAL;

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase();
    }
}
