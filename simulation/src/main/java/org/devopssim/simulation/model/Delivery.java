package org.devopssim.simulation.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How new versions reach the system and how they are taken back (the seed's deployment table).
 *
 * @param maxSurgePercent       rolling update: extra instances allowed above the count, in percent
 *                              of it (Kubernetes' maxSurge; null: 25)
 * @param maxUnavailablePercent rolling update: instances allowed out of service, in percent
 *                              (Kubernetes' maxUnavailable; null: 25)
 * @param pipeline              the stages a commit goes through to production; null: the mode's
 *                              usual pipeline ({@link #pipelineOrDefault(Mode)})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Delivery(Strategy strategy, Rollback rollback, boolean zeroDowntime, Integer maxSurgePercent,
                       Integer maxUnavailablePercent, java.util.List<PipelineStage> pipeline) {

    public Delivery(Strategy strategy, Rollback rollback, boolean zeroDowntime) {
        this(strategy, rollback, zeroDowntime, null, null, null);
    }

    public Delivery(Strategy strategy, Rollback rollback, boolean zeroDowntime, Integer maxSurgePercent,
                    Integer maxUnavailablePercent) {
        this(strategy, rollback, zeroDowntime, maxSurgePercent, maxUnavailablePercent, null);
    }

    /**
     * The pipeline, or the mode's usual one: a strict path with integration tests, an image scan
     * and a manual approval in Production and Experimental; build, unit tests and a deploy to the
     * developer's environment in Development.
     */
    public java.util.List<PipelineStage> pipelineOrDefault(Mode mode) {
        if (pipeline != null && !pipeline.isEmpty()) {
            return pipeline;
        }
        if (mode == Mode.DEVELOPMENT) {
            return java.util.List.of(new PipelineStage(PipelineStage.Kind.BUILD, 60),
                    new PipelineStage(PipelineStage.Kind.UNIT_TESTS, 120),
                    new PipelineStage(PipelineStage.Kind.DEPLOY_DEVELOPMENT, 30));
        }
        return java.util.List.of(new PipelineStage(PipelineStage.Kind.BUILD, 120),
                new PipelineStage(PipelineStage.Kind.UNIT_TESTS, 180),
                new PipelineStage(PipelineStage.Kind.INTEGRATION_TESTS, 420),
                new PipelineStage(PipelineStage.Kind.IMAGE_BUILD, 90),
                new PipelineStage(PipelineStage.Kind.SECURITY_SCAN, 60),
                new PipelineStage(PipelineStage.Kind.DEPLOY_DEVELOPMENT, 60),
                new PipelineStage(PipelineStage.Kind.APPROVAL, 0),
                new PipelineStage(PipelineStage.Kind.DEPLOY_PRODUCTION, 0));
    }

    /** Kubernetes rounds surge up and unavailability down, and never lets both be zero. */
    public int surge(int instances) {
        return (int) Math.ceil(instances * (maxSurgePercent == null ? 25 : maxSurgePercent) / 100.0);
    }

    public int unavailable(int instances) {
        int u = (int) Math.floor(instances * (maxUnavailablePercent == null ? 25 : maxUnavailablePercent) / 100.0);
        return surge(instances) == 0 && u == 0 ? 1 : u;
    }

    public enum Strategy {
        @JsonProperty("rolling-update") ROLLING_UPDATE,
        @JsonProperty("canary") CANARY,
        @JsonProperty("blue-green") BLUE_GREEN,
        @JsonProperty("hot-reload") HOT_RELOAD
    }

    public enum Rollback {
        @JsonProperty("manual") MANUAL,
        @JsonProperty("automatic-on-failure") AUTOMATIC_ON_FAILURE,
        @JsonProperty("ai-on-anomaly") AI_ON_ANOMALY,
        @JsonProperty("previous-commit") PREVIOUS_COMMIT
    }
}
