package org.devopssim.ui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.devopssim.simulation.codec.TopologyValidator;
import org.devopssim.simulation.model.Delivery;
import org.devopssim.simulation.model.PipelineStage;
import org.devopssim.simulation.model.Topology;

/**
 * The edits of the topology's delivery settings: deployment strategy, rollback policy, rolling
 * update limits and the pipeline's stages. Each is one undoable {@link Edit} checked by the
 * codec's validator, so a pipeline the engine cannot run (a production deploy of nothing built, a
 * negative duration) is refused with its reason. A topology without delivery settings gets the
 * engine's defaults on its first edit; one without a pipeline gets its mode's usual pipeline,
 * written out, on its first stage edit.
 */
public final class DeliveryEdits {

    /** What the engine assumes when a topology says nothing about delivery. */
    static final Delivery DEFAULT = new Delivery(Delivery.Strategy.ROLLING_UPDATE, Delivery.Rollback.MANUAL, true);

    private DeliveryEdits() {
    }

    public static Delivery delivery(Topology t) {
        return t.delivery() != null ? t.delivery() : DEFAULT;
    }

    /** The stages a commit goes through: the topology's own or its mode's usual ones. */
    public static List<PipelineStage> stages(Topology t) {
        return delivery(t).pipelineOrDefault(t.mode());
    }

    /** Why {@code text} is not a percentage for max surge / max unavailable, if it is not. */
    public static Optional<String> percentError(String text) {
        return integerError(text, 0, 100, "a percentage from 0 to 100");
    }

    /** Why {@code text} is not a stage duration in seconds, if it is not. */
    public static Optional<String> durationError(String text) {
        return integerError(text, 0, TopologyValidator.MAX_STAGE_SECONDS,
                "whole seconds from 0 to " + TopologyValidator.MAX_STAGE_SECONDS);
    }

    private static Optional<String> integerError(String text, int min, int max, String expected) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            return Optional.of("expected " + expected);
        }
        try {
            int v = Integer.parseInt(s);
            return v < min || v > max ? Optional.of("expected " + expected + ", got " + v) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.of("expected " + expected + ", got '" + s + "'");
        }
    }

    public static Edit strategy(Delivery.Strategy s) {
        return delivery("Set deployment strategy", d -> new Delivery(s, d.rollback(), d.zeroDowntime(),
                d.maxSurgePercent(), d.maxUnavailablePercent(), d.pipeline()));
    }

    public static Edit rollback(Delivery.Rollback r) {
        return delivery("Set rollback policy", d -> new Delivery(d.strategy(), r, d.zeroDowntime(),
                d.maxSurgePercent(), d.maxUnavailablePercent(), d.pipeline()));
    }

    public static Edit maxSurge(int percent) {
        return delivery("Set max surge", d -> new Delivery(d.strategy(), d.rollback(), d.zeroDowntime(),
                percent, d.maxUnavailablePercent(), d.pipeline()));
    }

    public static Edit maxUnavailable(int percent) {
        return delivery("Set max unavailable", d -> new Delivery(d.strategy(), d.rollback(), d.zeroDowntime(),
                d.maxSurgePercent(), percent, d.pipeline()));
    }

    /**
     * Adds a stage of {@code kind} before the approval gate and production deploy that end the
     * pipeline (an approval: right before the deploy); at the end when there is no production deploy.
     */
    public static Edit addStage(PipelineStage.Kind kind, int durationSeconds) {
        return pipeline("Add " + kind.label().toLowerCase(java.util.Locale.ROOT) + " stage", (t, stages) -> {
            int at = productionIndex(stages).orElse(stages.size());
            while (kind != PipelineStage.Kind.APPROVAL && at > 0 && at < stages.size()
                    && stages.get(at - 1).kind() == PipelineStage.Kind.APPROVAL) {
                at--;
            }
            stages.add(at, new PipelineStage(kind, durationSeconds));
        });
    }

    public static Edit removeStage(int index) {
        return pipeline("Remove pipeline stage", (t, stages) -> {
            checkIndex(stages, index);
            stages.remove(index);
            if (stages.isEmpty()) {
                throw new EditRefusedException("a pipeline needs at least one stage");
            }
        });
    }

    /** Moves a stage up ({@code -1}) or down ({@code +1}); at either end it stays. */
    public static Edit moveStage(int index, int by) {
        return pipeline(by < 0 ? "Move pipeline stage up" : "Move pipeline stage down", (t, stages) -> {
            checkIndex(stages, index);
            int to = Math.clamp(index + by, 0, stages.size() - 1);
            stages.add(to, stages.remove(index));
        });
    }

    public static Edit duration(int index, int seconds) {
        return pipeline("Set stage duration", (t, stages) -> {
            checkIndex(stages, index);
            stages.set(index, new PipelineStage(stages.get(index).kind(), seconds));
        });
    }

    /** Whether the pipeline stops for a person to approve before production. */
    public static boolean approvalGate(Topology t) {
        return stages(t).stream().anyMatch(s -> s.kind() == PipelineStage.Kind.APPROVAL);
    }

    /** On: a manual approval right before the production deploy. Off: every approval stage goes. */
    public static Edit approvalGate(boolean on) {
        return pipeline(on ? "Add approval gate" : "Remove approval gate", (t, stages) -> {
            boolean has = stages.stream().anyMatch(s -> s.kind() == PipelineStage.Kind.APPROVAL);
            if (on && !has) {
                stages.add(productionIndex(stages).orElse(stages.size()), new PipelineStage(PipelineStage.Kind.APPROVAL, 0));
            } else if (!on) {
                stages.removeIf(s -> s.kind() == PipelineStage.Kind.APPROVAL);
                if (stages.isEmpty()) {
                    throw new EditRefusedException("a pipeline needs at least one stage");
                }
            }
        });
    }

    private static Optional<Integer> productionIndex(List<PipelineStage> stages) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).kind() == PipelineStage.Kind.DEPLOY_PRODUCTION) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static void checkIndex(List<PipelineStage> stages, int index) {
        if (index < 0 || index >= stages.size()) {
            throw new EditRefusedException("the pipeline has no stage " + (index + 1) + " (it has " + stages.size() + ")");
        }
    }

    private interface StageChange {
        void apply(Topology t, List<PipelineStage> stages);
    }

    private static Edit pipeline(String label, StageChange change) {
        return withDelivery(label, t -> {
            List<PipelineStage> stages = new ArrayList<>(stages(t));
            change.apply(t, stages);
            Delivery d = delivery(t);
            return new Delivery(d.strategy(), d.rollback(), d.zeroDowntime(), d.maxSurgePercent(),
                    d.maxUnavailablePercent(), List.copyOf(stages));
        });
    }

    private static Edit delivery(String label, UnaryOperator<Delivery> change) {
        return withDelivery(label, t -> change.apply(delivery(t)));
    }

    private static Edit withDelivery(String label, Function<Topology, Delivery> change) {
        return TopologyEdits.validated(label, t -> new Topology(t.schemaVersion(), t.name(), t.mode(), t.description(),
                t.workload(), t.security(), change.apply(t), t.nodes(), t.links()));
    }
}
