package org.devopssim.ui.help;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * The first-run walk over the Production preset: a few steps with Next, Back and Skip. Finishing
 * or skipping remembers that the user has seen it; Help > Guided Tour starts it again.
 */
public final class GuidedTour {

    /** The steps over the real controls of the main window. */
    public static final List<TourStep> PRODUCTION = List.of(
            new TourStep("#topology", "The production system",
                    "This is the Production preset: the users' traffic enters at the left, passes the load "
                            + "balancer and the API instances, and reaches the PostgreSQL primary and its replica; "
                            + "Prometheus and Grafana watch it all. Click any box to see its configuration and live "
                            + "figures in the inspector; the wheel zooms, dragging pans."),
            new TourStep("#kpi-tiles", "The key figures",
                    "These tiles are what the users experience: requests per second, p95 latency, error rate, "
                            + "CPU, availability, instances and cost. Each \"?\" explains its figure and what good "
                            + "and bad values look like."),
            new TourStep("#play", "Run the clock",
                    "Play starts simulated time (Space does too); the speed buttons run it up to 600 times "
                            + "faster than real time. Watch the tiles move with the daily traffic curve."),
            new TourStep("menu:Chaos", "Break something",
                    "The Chaos menu injects faults. Try PostgreSQL primary crash with the system running: the "
                            + "primary dies, the replica is promoted, and the event log says how long it took and "
                            + "what data was lost."),
            new TourStep("#tab-alerts", "Alerts",
                    "When a rule's condition holds long enough, its alert fires here, as Prometheus would "
                            + "page on-call. Each alert and each notable event links to an explanation."),
            new TourStep("#tab-charts", "Charts",
                    "The charts show the selected node's metrics over time, with the neural network's load "
                            + "forecast and anomaly scores. Help > Glossary explains every term; this tour "
                            + "is in the Help menu too."));

    private final List<TourStep> steps;
    private final TourMemory memory;
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", -1);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);

    public GuidedTour(List<TourStep> steps, TourMemory memory) {
        this.steps = List.copyOf(steps);
        this.memory = memory;
    }

    public List<TourStep> steps() {
        return steps;
    }

    /** From the first step, also when it is already running (Help > Guided Tour again). */
    public void start() {
        index.set(-1);
        running.set(true);
        index.set(0);
    }

    /** Starts the tour unless this user has already seen it. */
    public boolean startIfNew() {
        if (memory.seen()) {
            return false;
        }
        start();
        return true;
    }

    /** The next step, or the end after the last. */
    public void next() {
        if (!running.get()) {
            return;
        }
        if (index.get() + 1 >= steps.size()) {
            end();
        } else {
            index.set(index.get() + 1);
        }
    }

    public void back() {
        if (running.get() && index.get() > 0) {
            index.set(index.get() - 1);
        }
    }

    /** Ends the tour early; it is not offered again at start. */
    public void skip() {
        end();
    }

    private void end() {
        memory.markSeen();
        running.set(false);
        index.set(-1);
    }

    public boolean isLast() {
        return index.get() == steps.size() - 1;
    }

    public TourStep current() {
        return index.get() < 0 ? null : steps.get(index.get());
    }

    /** The step shown, -1 when the tour is not running. */
    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
