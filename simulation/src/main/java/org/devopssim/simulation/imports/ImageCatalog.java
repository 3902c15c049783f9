package org.devopssim.simulation.imports;

import java.util.List;
import java.util.Locale;

/**
 * Infers what a container is from its image reference. Only the image's own name counts (the last
 * path segment, without registry, organisation and tag), so {@code grafana/loki} is not Grafana
 * and {@code dpage/pgadmin4} is not PostgreSQL. The first matching rule wins; anything unknown
 * is an application service.
 */
public final class ImageCatalog {

    /** The inference: the kind, a readable technology, and a warning when the model approximates. */
    public record Classification(ServiceKind kind, String technology, String approximation) {
    }

    private record Rule(List<String> fragments, ServiceKind kind, String technology, String approximation) {
    }

    private static final List<Rule> RULES = List.of(
            // Exporters carry a product name but are small HTTP services next to it.
            new Rule(List.of("exporter"), ServiceKind.APP, "metrics exporter", null),
            new Rule(List.of("postgres", "postgis", "timescaledb"), ServiceKind.POSTGRES, "PostgreSQL", null),
            new Rule(List.of("mariadb"), ServiceKind.OTHER_DATABASE, "MariaDB", "MariaDB is simulated as a PostgreSQL server (the model has no MySQL kind)"),
            new Rule(List.of("mysql", "percona"), ServiceKind.OTHER_DATABASE, "MySQL", "MySQL is simulated as a PostgreSQL server (the model has no MySQL kind)"),
            new Rule(List.of("mongo"), ServiceKind.OTHER_DATABASE, "MongoDB", "MongoDB is simulated as a PostgreSQL server (the model has no document-store kind)"),
            new Rule(List.of("cassandra", "scylla"), ServiceKind.OTHER_DATABASE, "Cassandra", "Cassandra is simulated as one PostgreSQL node whose instances are its members (no peer-to-peer replication in the model)"),
            new Rule(List.of("cockroach", "mssql", "sqlserver", "oracle", "couchdb", "clickhouse"), ServiceKind.OTHER_DATABASE, "database", "this database is simulated as a PostgreSQL server"),
            new Rule(List.of("redis", "valkey", "keydb", "dragonfly"), ServiceKind.REDIS, "Redis", null),
            new Rule(List.of("memcached"), ServiceKind.REDIS, "Memcached", "Memcached is simulated as a Redis cache"),
            new Rule(List.of("kafka", "redpanda"), ServiceKind.KAFKA, "Kafka", null),
            new Rule(List.of("rabbitmq", "nats", "activemq", "pulsar"), ServiceKind.KAFKA, "message broker", "this message broker is simulated as Kafka"),
            new Rule(List.of("nginx", "traefik", "haproxy", "envoy", "caddy"), ServiceKind.LOAD_BALANCER, "reverse proxy", null),
            new Rule(List.of("prometheus", "alertmanager", "victoria-metrics", "thanos"), ServiceKind.PROMETHEUS, "Prometheus", null),
            new Rule(List.of("grafana"), ServiceKind.GRAFANA, "Grafana", null),
            new Rule(List.of("elasticsearch", "kibana", "logstash", "opensearch", "fluentd", "fluent-bit"), ServiceKind.LOGGING, "ELK", null),
            new Rule(List.of("keycloak", "oauth2-proxy", "authelia", "authentik", "hydra", "kratos", "zitadel", "dex"), ServiceKind.AUTH, "OAuth2 / OIDC", null));

    private ImageCatalog() {
    }

    /** Never null; an absent image is an application service built from source. */
    public static Classification classify(String image) {
        if (image == null || image.isBlank()) {
            return new Classification(ServiceKind.APP, "built from source", null);
        }
        String name = imageName(image);
        for (Rule r : RULES) {
            for (String f : r.fragments()) {
                if (matches(name, f)) {
                    return new Classification(r.kind(), r.technology() + " (" + image + ")", r.approximation());
                }
            }
        }
        return new Classification(ServiceKind.APP, image, null);
    }

    /** "dex" must not match "index": short fragments match whole words only. */
    private static boolean matches(String name, String fragment) {
        if (fragment.length() > 4) {
            return name.contains(fragment);
        }
        for (String word : name.split("[^a-z0-9]+")) {
            if (word.equals(fragment) || word.startsWith(fragment) && fragment.length() >= 4) {
                return true;
            }
        }
        return false;
    }

    /** "registry:5000/org/Redis:7.2@sha256:..." -> "redis". */
    static String imageName(String image) {
        String s = image.trim().toLowerCase(Locale.ROOT);
        int at = s.indexOf('@');
        if (at >= 0) {
            s = s.substring(0, at);
        }
        int slash = s.lastIndexOf('/');
        String last = s.substring(slash + 1);
        int colon = last.indexOf(':');
        return colon >= 0 ? last.substring(0, colon) : last;
    }

    /** The tag of an image reference, or null ("postgres:16-alpine" -> "16-alpine"). */
    public static String tag(String image) {
        if (image == null) {
            return null;
        }
        String s = image.trim();
        int at = s.indexOf('@');
        if (at >= 0) {
            s = s.substring(0, at);
        }
        String last = s.substring(s.lastIndexOf('/') + 1);
        int colon = last.indexOf(':');
        return colon >= 0 ? last.substring(colon + 1) : null;
    }
}
