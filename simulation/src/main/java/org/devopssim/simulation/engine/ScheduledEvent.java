package org.devopssim.simulation.engine;

/** Something that happens at a given simulated time, taken from the event queue. */
@FunctionalInterface
public interface ScheduledEvent {
    void fire(long timeMillis);
}
