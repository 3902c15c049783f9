package org.devopssim.simulation.imports;

/** What a container does, as far as the simulator can model it. */
public enum ServiceKind {
    APP("app-service"),
    POSTGRES("postgres"),
    /** A database the model has no own kind for (MySQL, Cassandra...): simulated as PostgreSQL. */
    OTHER_DATABASE("postgres"),
    REDIS("redis"),
    KAFKA("kafka"),
    LOAD_BALANCER("load-balancer"),
    PROMETHEUS("monitoring"),
    GRAFANA("monitoring"),
    LOGGING("monitoring"),
    AUTH("auth-service");

    private final String nodeKind;

    ServiceKind(String nodeKind) {
        this.nodeKind = nodeKind;
    }

    /** The topology node kind it becomes. */
    public String nodeKind() {
        return nodeKind;
    }

    public boolean isDatabase() {
        return this == POSTGRES || this == OTHER_DATABASE;
    }

    public boolean isMonitoring() {
        return this == PROMETHEUS || this == GRAFANA || this == LOGGING;
    }

    /** Can receive HTTP requests in the model (balancers, services, auth, monitoring UIs). */
    public boolean servesHttp() {
        return this == APP || this == LOAD_BALANCER || this == AUTH || isMonitoring();
    }

    /** Can make requests to other services (callers of SQL, cache, events, HTTP). */
    public boolean calls() {
        return this == APP || this == AUTH;
    }
}
