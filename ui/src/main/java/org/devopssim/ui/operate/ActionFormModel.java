package org.devopssim.ui.operate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.devopssim.simulation.engine.Action;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.model.Topology;
import org.devopssim.simulation.scenario.Durations;

/**
 * The fields of one action's dialog as text, validated as the user types: the first problem is
 * the {@link #errorProperty() error} (empty when the action can be sent), and {@link #action()}
 * builds it. The target is checked against the topology the dialog opened on.
 */
public final class ActionFormModel {

    private final ActionForm form;
    private final Topology topology;
    private final StringProperty target = new SimpleStringProperty(this, "target", "");
    private final Map<String, StringProperty> values = new LinkedHashMap<>();
    private final StringProperty duration = new SimpleStringProperty(this, "duration", "10m");
    private final BooleanProperty untilFixed = new SimpleBooleanProperty(this, "untilFixed");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    /**
     * @param target the selected node's id, or null: then the engine's default target
     */
    public ActionFormModel(ActionForm form, Topology topology, String target) {
        this.form = form;
        this.topology = topology;
        this.target.set(target == null ? "" : target);
        for (Parameter p : form.parameters()) {
            values.put(p.key(), new SimpleStringProperty(this, p.key(), p.defaultValue()));
        }
        untilFixed.set(form.duration() == ActionForm.Duration.OPTIONAL);
        Observable[] inputs = new Observable[values.size() + 3];
        int i = 0;
        for (StringProperty v : values.values()) {
            inputs[i++] = v;
        }
        inputs[i++] = this.target;
        inputs[i++] = duration;
        inputs[i] = untilFixed;
        for (Observable o : inputs) {
            o.addListener(x -> validate());
        }
        validate();
    }

    public ActionForm form() {
        return form;
    }

    /** The target node's id; blank means the engine's default for this action. */
    public StringProperty targetProperty() {
        return target;
    }

    public StringProperty valueProperty(String key) {
        StringProperty p = values.get(key);
        if (p == null) {
            throw new IllegalArgumentException(form + " has no parameter " + key);
        }
        return p;
    }

    /** How long the fault lasts: {@code 90s}, {@code 10m}, {@code 1h}. Ignored when until fixed. */
    public StringProperty durationProperty() {
        return duration;
    }

    public BooleanProperty untilFixedProperty() {
        return untilFixed;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The action, when every field is valid. */
    public Optional<Action> action() {
        try {
            return Optional.of(build());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void validate() {
        try {
            build();
            error.set("");
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
        }
    }

    private Action build() {
        String id = target.get() == null ? "" : target.get().trim();
        if (!id.isEmpty()) {
            Node node = topology.node(id).orElseThrow(() -> new IllegalArgumentException("no node '" + id + "' here"));
            if (!form.suits(node)) {
                throw new IllegalArgumentException(form.label() + " needs " + form.targetHint() + "; "
                        + node.displayName() + " is not one");
            }
        }
        Map<String, Object> parsed = new LinkedHashMap<>();
        for (Parameter p : form.parameters()) {
            parsed.put(p.key(), p.parse(values.get(p.key()).get()));
        }
        if (form == ActionForm.NETWORK_PARTITION) {
            checkOtherRegion(id, (String) parsed.get("otherRegion"));
        }
        return form.build(id.isEmpty() ? null : id, parsed, durationSeconds());
    }

    private void checkOtherRegion(String id, String other) {
        Node node = topology.node(other).orElseThrow(() -> new IllegalArgumentException("no region '" + other + "' here"));
        if (!form.suits(node) || other.equals(id)) {
            throw new IllegalArgumentException("Other region must be another region than the target");
        }
    }

    private Integer durationSeconds() {
        if (form.duration() == ActionForm.Duration.NONE
                || form.duration() == ActionForm.Duration.OPTIONAL && untilFixed.get()) {
            return null;
        }
        long seconds = Durations.parseSeconds(duration.get() == null ? "" : duration.get());
        if (seconds < 1 || seconds > 30L * 86_400) {
            throw new IllegalArgumentException("Duration must be from 1s to 30d");
        }
        return (int) seconds;
    }
}
