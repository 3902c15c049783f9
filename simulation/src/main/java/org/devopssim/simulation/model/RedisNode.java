package org.devopssim.simulation.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A Redis server used as a cache, a session store, or both.
 *
 * @param hitRatio share of cache look-ups answered without the database (0..1)
 */
public record RedisNode(String id, String name, String parent, Position position,
                        Purpose purpose, double hitRatio, int maxMemoryMb, Capacity capacity) implements Node {

    public enum Purpose {
        @JsonProperty("cache") CACHE,
        @JsonProperty("session-store") SESSION_STORE,
        @JsonProperty("cache-and-sessions") CACHE_AND_SESSIONS
    }
}
