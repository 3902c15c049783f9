package org.devopssim.simulation.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a region runs; decides its colour on screen and its prices. */
public enum Provider {
    @JsonProperty("aws") AWS("AWS"),
    @JsonProperty("azure") AZURE("Azure"),
    @JsonProperty("gcp") GCP("GCP"),
    @JsonProperty("digitalocean") DIGITALOCEAN("DigitalOcean"),
    @JsonProperty("local") LOCAL("Local machine");

    private final String label;

    Provider(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
