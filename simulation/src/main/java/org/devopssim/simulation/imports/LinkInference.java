package org.devopssim.simulation.imports;

import org.devopssim.simulation.model.LinkType;

/**
 * The link a dependency becomes, from the kinds at its two ends: a service using PostgreSQL is
 * {@code sql}, using Redis is {@code cache}, using Kafka is {@code event-stream}; a balancer or a
 * service calling a service is {@code http}; a monitoring node on anything is
 * {@code metrics-scrape} (and a service "depending on" Prometheus is scraped by it).
 */
public final class LinkInference {

    /** The link type and whether it runs against the dependency's direction. */
    public record Inferred(LinkType type, boolean reversed) {
    }

    private LinkInference() {
    }

    /** Null when the model has no link between these kinds. */
    public static Inferred infer(ServiceKind from, ServiceKind to) {
        if (from.isMonitoring()) {
            return new Inferred(LinkType.METRICS_SCRAPE, false);
        }
        if (to.isMonitoring()) {
            if (from == ServiceKind.LOAD_BALANCER) {
                return new Inferred(LinkType.HTTP, false);
            }
            return from.calls() ? new Inferred(LinkType.METRICS_SCRAPE, true) : null;
        }
        if (from.calls()) {
            return switch (to) {
                case POSTGRES, OTHER_DATABASE -> new Inferred(LinkType.SQL, false);
                case REDIS -> new Inferred(LinkType.CACHE, false);
                case KAFKA -> from == ServiceKind.APP ? new Inferred(LinkType.EVENT_STREAM, false) : null;
                case APP, AUTH, LOAD_BALANCER -> new Inferred(LinkType.HTTP, false);
                default -> null;
            };
        }
        if (from == ServiceKind.LOAD_BALANCER && to.servesHttp()) {
            return new Inferred(LinkType.HTTP, false);
        }
        return null;
    }
}
