package org.devopssim.simulation.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One stage of the delivery pipeline.
 *
 * @param durationSeconds how long the stage takes
 */
public record PipelineStage(Kind kind, int durationSeconds) {

    public enum Kind {
        @JsonProperty("build") BUILD("Build"),
        @JsonProperty("unit-tests") UNIT_TESTS("Unit tests"),
        @JsonProperty("integration-tests") INTEGRATION_TESTS("Integration tests"),
        @JsonProperty("image-build") IMAGE_BUILD("Image build"),
        @JsonProperty("security-scan") SECURITY_SCAN("Security scan"),
        @JsonProperty("deploy-development") DEPLOY_DEVELOPMENT("Deploy to Development"),
        @JsonProperty("approval") APPROVAL("Manual approval"),
        @JsonProperty("deploy-production") DEPLOY_PRODUCTION("Promote to Production");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
