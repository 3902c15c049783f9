package org.devopssim.ui.model;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.devopssim.simulation.engine.Action;
import org.devopssim.simulation.engine.Feature;
import org.devopssim.simulation.model.Topology;

/**
 * The experimental (unstable) features: which ones the loaded topology uses and which are on in
 * the run. Switching one sends a {@code set-feature} action, applied at the next second like any
 * other, so the run stays replayable; the state shown follows the run, not the click.
 */
public final class FeatureFlagsModel {

    private final Consumer<Action> submit;
    private final Map<Feature, ReadOnlyBooleanWrapper> enabled = new EnumMap<>(Feature.class);
    private final Map<Feature, ReadOnlyBooleanWrapper> used = new EnumMap<>(Feature.class);
    private Topology topology;

    public FeatureFlagsModel(Consumer<Action> submit) {
        this.submit = submit;
        for (Feature f : Feature.values()) {
            enabled.put(f, new ReadOnlyBooleanWrapper(this, f.wireName(), true));
            used.put(f, new ReadOnlyBooleanWrapper(this, f.wireName() + "-used", false));
        }
    }

    /** On in the run now. */
    public ReadOnlyBooleanProperty enabledProperty(Feature feature) {
        return enabled.get(feature).getReadOnlyProperty();
    }

    /** The loaded topology has it (otherwise switching it changes nothing). */
    public ReadOnlyBooleanProperty usedProperty(Feature feature) {
        return used.get(feature).getReadOnlyProperty();
    }

    /** The run's state: its topology and what it switched off. */
    public void apply(Topology current, Set<Feature> disabled) {
        if (current != topology) {
            topology = current;
            for (Feature f : Feature.values()) {
                used.get(f).set(f.presentIn(current));
            }
        }
        for (Feature f : Feature.values()) {
            enabled.get(f).set(!disabled.contains(f));
        }
    }

    /** Asks the run to switch a feature on or off from its next second. */
    public void set(Feature feature, boolean on) {
        submit.accept(new Action.SetFeature(feature.wireName(), on));
    }
}
