package org.devopssim.simulation.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A Redis server used as a cache, a session store, or both.
 *
 * @param hitRatio   share of cache look-ups answered without the database (0..1), when there is no key-level model
 * @param queryCache a key-level model of the cache whose simulated hit ratio replaces {@code hitRatio}, or null
 */
public record RedisNode(String id, String name, String parent, Position position,
                        Purpose purpose, double hitRatio, int maxMemoryMb, Capacity capacity,
                        QueryCache queryCache) implements Node {

    public RedisNode(String id, String name, String parent, Position position, Purpose purpose, double hitRatio,
                     int maxMemoryMb, Capacity capacity) {
        this(id, name, parent, position, purpose, hitRatio, maxMemoryMb, capacity, null);
    }

    public enum Purpose {
        @JsonProperty("cache") CACHE,
        @JsonProperty("session-store") SESSION_STORE,
        @JsonProperty("cache-and-sessions") CACHE_AND_SESSIONS
    }
}
