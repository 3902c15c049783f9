package org.devopssim.simulation.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What travels over a link. Request-carrying links must form a directed acyclic graph. */
public enum LinkType {
    /** HTTP requests: traffic source to load balancer, balancer to service, service to service. */
    @JsonProperty("http") HTTP(true),
    /** Read-write SQL connection: reads and writes. */
    @JsonProperty("sql") SQL(true),
    /** Read-only SQL connection, to a replica: reads only. */
    @JsonProperty("sql-read") SQL_READ(true),
    /** Cache look-ups; misses fall through to the database. */
    @JsonProperty("cache") CACHE(true),
    /** Produce to or consume from an event stream. */
    @JsonProperty("event-stream") EVENT_STREAM(true),
    /** Writes shipped from a primary to a replica (or between multi-master members, both ways). */
    @JsonProperty("replication") REPLICATION(false),
    /** A monitoring system scraping a target's metrics. */
    @JsonProperty("metrics-scrape") METRICS_SCRAPE(false);

    private final boolean carriesRequests;

    LinkType(boolean carriesRequests) {
        this.carriesRequests = carriesRequests;
    }

    public boolean carriesRequests() {
        return carriesRequests;
    }
}
