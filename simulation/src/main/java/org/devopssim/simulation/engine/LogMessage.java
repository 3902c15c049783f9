package org.devopssim.simulation.engine;

import org.devopssim.simulation.logs.LogLevel;

/**
 * The catalogue of log messages the simulated components write, modelled on what PostgreSQL,
 * nginx, Node.js/Express (pg, ioredis, KafkaJS), Redis, Kafka, an OAuth2/JWT service, Prometheus,
 * Thanos and Elasticsearch really print. The engine picks which and how many from each node's state
 * ({@link NodeLogs}); the log analysis sees only the rendered text, never these names.
 */
enum LogMessage {
    // nginx (load balancers)
    NGINX_START(LogLevel.INFO, "nginx"),
    NGINX_ACCESS(LogLevel.INFO, "nginx"),
    NGINX_UPSTREAM_REFUSED(LogLevel.ERROR, "nginx"),
    NGINX_UPSTREAM_TIMEOUT(LogLevel.ERROR, "nginx"),
    NGINX_NO_LIVE_UPSTREAMS(LogLevel.ERROR, "nginx"),
    NGINX_TLS_HANDSHAKE(LogLevel.ERROR, "nginx"),
    NGINX_WORKER_CONNECTIONS(LogLevel.ERROR, "nginx"),
    // Node.js + Express services
    APP_LISTENING(LogLevel.INFO, "node"),
    APP_REQUEST(LogLevel.INFO, "node"),
    APP_CACHE_LOOKUP(LogLevel.DEBUG, "node"),
    APP_SLOW_REQUEST(LogLevel.WARN, "node"),
    APP_REQUEST_TIMEOUT(LogLevel.ERROR, "node"),
    APP_EXCEPTION(LogLevel.ERROR, "node"),
    APP_HEAP_HIGH(LogLevel.WARN, "node"),
    APP_HEAP_OOM(LogLevel.ERROR, "node"),
    APP_EVENT_LOOP_BLOCKED(LogLevel.WARN, "node"),
    DEP_PG_REFUSED(LogLevel.ERROR, "node"),
    DEP_PG_STATEMENT_TIMEOUT(LogLevel.ERROR, "node"),
    DEP_REDIS_REFUSED(LogLevel.ERROR, "node"),
    DEP_REDIS_MISCONF(LogLevel.ERROR, "node"),
    DEP_KAFKA_REFUSED(LogLevel.ERROR, "node"),
    DEP_HTTP_REFUSED(LogLevel.ERROR, "node"),
    DEP_TIMEOUT(LogLevel.ERROR, "node"),
    DEP_SLOW(LogLevel.WARN, "node"),
    // OAuth2 / JWT auth service
    AUTH_LISTENING(LogLevel.INFO, "auth"),
    AUTH_TOKEN_ISSUED(LogLevel.INFO, "auth"),
    AUTH_JWT_EXPIRED(LogLevel.WARN, "auth"),
    AUTH_SESSION_STORE(LogLevel.ERROR, "auth"),
    // PostgreSQL
    PG_READY(LogLevel.INFO, "postgresql"),
    PG_CHECKPOINT_START(LogLevel.INFO, "postgresql"),
    PG_CHECKPOINT_DONE(LogLevel.INFO, "postgresql"),
    PG_AUTOVACUUM(LogLevel.INFO, "postgresql"),
    PG_CONNECTION_AUTHORIZED(LogLevel.INFO, "postgresql"),
    PG_SLOW_STATEMENT(LogLevel.WARN, "postgresql"),
    PG_TOO_MANY_CLIENTS(LogLevel.ERROR, "postgresql"),
    PG_PROCESS_KILLED(LogLevel.ERROR, "postgresql"),
    PG_TERMINATING_CONNECTION(LogLevel.ERROR, "postgresql"),
    PG_INTERRUPTED(LogLevel.WARN, "postgresql"),
    PG_PRIMARY_UNREACHABLE(LogLevel.ERROR, "postgresql"),
    PG_PROMOTE(LogLevel.INFO, "postgresql"),
    PG_NEW_TIMELINE(LogLevel.INFO, "postgresql"),
    PG_RECOVERY_CONFLICT(LogLevel.ERROR, "postgresql"),
    PG_NO_SPACE(LogLevel.ERROR, "postgresql"),
    PG_WAL_PANIC(LogLevel.ERROR, "postgresql"),
    // Redis
    REDIS_READY(LogLevel.INFO, "redis"),
    REDIS_SAVE_TRIGGERED(LogLevel.INFO, "redis"),
    REDIS_BGSAVE_STARTED(LogLevel.INFO, "redis"),
    REDIS_DB_SAVED(LogLevel.INFO, "redis"),
    REDIS_BGSAVE_DONE(LogLevel.INFO, "redis"),
    REDIS_WRITE_ERROR(LogLevel.ERROR, "redis"),
    REDIS_BGSAVE_ERROR(LogLevel.ERROR, "redis"),
    REDIS_MAXMEMORY(LogLevel.WARN, "redis"),
    // Kafka
    KAFKA_STARTED(LogLevel.INFO, "kafka"),
    KAFKA_SEGMENT_ROLLED(LogLevel.INFO, "kafka"),
    KAFKA_ISR_SHRINK(LogLevel.WARN, "kafka"),
    KAFKA_FETCH_ERROR(LogLevel.WARN, "kafka"),
    // Monitoring
    PROMETHEUS_READY(LogLevel.INFO, "prometheus"),
    PROMETHEUS_HEAD_GC(LogLevel.INFO, "prometheus"),
    PROMETHEUS_SCRAPE_FAILED(LogLevel.DEBUG, "prometheus"),
    ELASTIC_STARTED(LogLevel.INFO, "elasticsearch"),
    ELASTIC_GC(LogLevel.INFO, "elasticsearch"),
    ELASTIC_DISK_WATERMARK(LogLevel.WARN, "elasticsearch");

    final LogLevel level;
    final String source;

    LogMessage(LogLevel level, String source) {
        this.level = level;
        this.source = source;
    }
}
