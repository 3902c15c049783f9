package org.devopssim.simulation.engine;

/**
 * Something a user (or a scenario) does to the running system. Actions are applied by the
 * simulation thread at a second's boundary and recorded with that second, so a run can be
 * replayed exactly. Each has one kebab-case name used everywhere.
 */
public sealed interface Action {

    String actionName();

    /**
     * Sets a service's instance count; new instances take their boot time to serve. A null
     * target means the first application service.
     */
    record Scale(String target, int instances) implements Action {
        public Scale {
            if (instances < 0) {
                throw new IllegalArgumentException("instances must be >= 0: " + instances);
            }
        }

        @Override
        public String actionName() {
            return "scale";
        }
    }
}
