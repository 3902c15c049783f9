package org.devopssim.ui.model;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.devopssim.simulation.alerting.Alert;
import org.devopssim.simulation.alerting.AlertView;
import org.devopssim.simulation.engine.Snapshot;
import org.devopssim.simulation.engine.SystemStatus;

/** The system's key figures for the tile row, as the users experience the system. */
public final class KpiModel {

    private final ReadOnlyLongWrapper second = new ReadOnlyLongWrapper(this, "second", -1);
    private final ReadOnlyDoubleWrapper requestRate = new ReadOnlyDoubleWrapper(this, "requestRate");
    private final ReadOnlyDoubleWrapper latencyP95 = new ReadOnlyDoubleWrapper(this, "latencyP95");
    private final ReadOnlyDoubleWrapper errorRate = new ReadOnlyDoubleWrapper(this, "errorRate");
    private final ReadOnlyDoubleWrapper cpu = new ReadOnlyDoubleWrapper(this, "cpu");
    private final ReadOnlyDoubleWrapper availability = new ReadOnlyDoubleWrapper(this, "availability", 100);
    private final ReadOnlyIntegerWrapper instances = new ReadOnlyIntegerWrapper(this, "instances");
    private final ReadOnlyDoubleWrapper costPerHour = new ReadOnlyDoubleWrapper(this, "costPerHour");
    private final ReadOnlyDoubleWrapper cost = new ReadOnlyDoubleWrapper(this, "cost");
    private final ReadOnlyIntegerWrapper anomalies = new ReadOnlyIntegerWrapper(this, "anomalies");
    private final ReadOnlyBooleanWrapper anomaliesWatched = new ReadOnlyBooleanWrapper(this, "anomaliesWatched");
    private final ReadOnlyObjectWrapper<Outlook> outlook = new ReadOnlyObjectWrapper<>(this, "outlook");

    /**
     * The forecast request rate ten minutes ahead with its 10-90% band, and the rate it starts from.
     *
     * @param source which forecaster said so
     */
    public record Outlook(double now, double median, double low, double high, String source) {
    }

    /** Only a new simulated second changes the figures; listeners fire once per figure at most. */
    public void apply(Snapshot s) {
        if (s.second() == second.get() && s.second() != 0) {
            return;
        }
        show(s.second(), s.system());
    }

    /** The figures of one second: the live one, or a recorded one while travelling back in time. */
    public void show(long at, SystemStatus sys) {
        requestRate.set(sys.offeredRps());
        latencyP95.set(sys.latencyP95Ms());
        errorRate.set(sys.errorRate());
        cpu.set(sys.cpu());
        availability.set(sys.availability());
        instances.set(sys.instances());
        costPerHour.set(sys.costPerHour());
        cost.set(sys.cost());
        second.set(at);
    }

    /**
     * The anomaly alerts active now (pending or firing) and whether a detector watches this run
     * (a monitoring stack with the AI anomaly feed, and not an exercise); the tiles are pushed on the next second.
     */
    public void showAlerts(AlertView view) {
        anomalies.set(view == null ? 0 : (int) view.alerts().stream().filter(Alert::isAnomaly).count());
        anomaliesWatched.set(view != null && view.anomalyWatch());
    }

    /** The forecast for the system's request rate; null while there is too little history. */
    public void showOutlook(Outlook o) {
        outlook.set(o);
    }

    /** The simulated second the figures belong to; set last, so a listener on it sees them all. */
    public ReadOnlyLongProperty secondProperty() {
        return second.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty requestRateProperty() {
        return requestRate.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty latencyP95Property() {
        return latencyP95.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty errorRateProperty() {
        return errorRate.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty cpuProperty() {
        return cpu.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty availabilityProperty() {
        return availability.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty instancesProperty() {
        return instances.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty costPerHourProperty() {
        return costPerHour.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty anomaliesProperty() {
        return anomalies.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty anomaliesWatchedProperty() {
        return anomaliesWatched.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Outlook> outlookProperty() {
        return outlook.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty costProperty() {
        return cost.getReadOnlyProperty();
    }
}
