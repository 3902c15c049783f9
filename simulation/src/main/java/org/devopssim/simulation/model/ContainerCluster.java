package org.devopssim.simulation.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A Kubernetes cluster or a Docker Compose host: a container of services. */
public record ContainerCluster(String id, String name, String parent, Position position,
                               Orchestrator orchestrator, String version) implements Node {

    public enum Orchestrator {
        @JsonProperty("kubernetes") KUBERNETES("Kubernetes"),
        @JsonProperty("docker-compose") DOCKER_COMPOSE("Docker Compose");

        private final String label;

        Orchestrator(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
