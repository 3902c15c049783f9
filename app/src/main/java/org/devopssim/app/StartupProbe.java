package org.devopssim.app;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code -Ddevops.sim.startupProbe=true}: the app notes when each phase of its launch was reached
 * (milliseconds since the process started) and, once the window is drawn, prints them and quits.
 * Used to measure launch-to-window (docs/benchmarks-packaging.md) and as the training run of the
 * installers' AOT cache (packaging/README.md). Without the property {@link #mark} does nothing.
 */
final class StartupProbe {

    static final String PROPERTY = "devops.sim.startupProbe";

    private static final boolean ON = Boolean.getBoolean(PROPERTY);
    private static final long PROCESS_START = ON
            ? ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli).orElse(0L) : 0L;
    private static final List<String> PHASES = new ArrayList<>();
    private static long fxCpuAtStart = -1;

    private StartupProbe() {
    }

    static boolean on() {
        return ON;
    }

    /** Notes that the launch reached {@code phase} now. */
    static synchronized void mark(String phase) {
        if (ON) {
            PHASES.add(phase + " " + (System.currentTimeMillis() - PROCESS_START));
        }
    }

    /** Called on the FX thread when {@code start()} begins: from here its CPU time is counted. */
    static void startOnFxThread() {
        mark("start()");
        fxCpuAtStart = cpuNanos();
    }

    /**
     * The line printed once the window is drawn: the total, then each phase, then the FX thread's
     * CPU time from {@code start()} to here (building, styling and laying out the window). Unlike
     * the wall times that hardly depends on what else the machine is doing.
     */
    static synchronized String report() {
        mark("window drawn");
        PHASES.addFirst("JVM " + (ManagementFactory.getRuntimeMXBean().getStartTime() - PROCESS_START));
        String total = PHASES.getLast().substring("window drawn ".length());
        return "startup-probe: window shown " + total + " ms after process start; phases (ms): "
                + String.join(", ", PHASES) + "; FX thread " + (cpuNanos() - fxCpuAtStart) / 1_000_000
                + " ms CPU from start() to the second frame";
    }

    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
