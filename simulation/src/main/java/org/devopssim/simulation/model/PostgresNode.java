package org.devopssim.simulation.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A PostgreSQL server.
 *
 * @param applyRate writes per second a replica (or peer) can apply; replication lag grows beyond it
 */
public record PostgresNode(String id, String name, String parent, Position position,
                           Role role, String version, Capacity capacity, double applyRate,
                           Backup backup, boolean geoRedundantBackup, boolean encryptedConnections,
                           boolean seedTestData) implements Node {

    public enum Role {
        @JsonProperty("single") SINGLE,
        @JsonProperty("primary") PRIMARY,
        @JsonProperty("replica") REPLICA,
        @JsonProperty("multi-master") MULTI_MASTER;

        public boolean acceptsWrites() {
            return this != REPLICA;
        }
    }

    public enum Backup {
        @JsonProperty("none") NONE,
        @JsonProperty("manual") MANUAL,
        @JsonProperty("daily") DAILY,
        @JsonProperty("continuous") CONTINUOUS
    }
}
