package org.devopssim.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code -Ddevops.sim.startupProbe=true}: the app notes when each phase of its launch was reached
 * (milliseconds since the process started) and, once the window is drawn, prints them and quits.
 * Given a time instead of {@code true} (epoch milliseconds, e.g. {@code $(date +%s%3N)} just before
 * the launcher is started), the phases count from that moment: launch to window as a user sees it.
 * Used to measure launch-to-window (docs/benchmarks-packaging.md) and as the training run of the
 * installers' AOT cache (packaging/README.md). Without the property {@link #mark} does nothing.
 */
final class StartupProbe {

    static final String PROPERTY = "devops.sim.startupProbe";

    private static final String VALUE = System.getProperty(PROPERTY, "false");
    private static final boolean ON = !VALUE.equals("false");
    private static final long LAUNCHED = !ON ? 0 : VALUE.matches("\\d{13}") ? Long.parseLong(VALUE) : processStart();
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
            PHASES.add(phase + " " + (System.currentTimeMillis() - LAUNCHED));
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
        PHASES.addFirst("JVM " + (ManagementFactory.getRuntimeMXBean().getStartTime() - LAUNCHED));
        String total = PHASES.getLast().substring("window drawn ".length());
        return "startup-probe: window shown " + total + " ms after " + (VALUE.equals("true") ? "process start" : "launch")
                + "; phases (ms): "
                + String.join(", ", PHASES) + "; FX thread " + (cpuNanos() - fxCpuAtStart) / 1_000_000
                + " ms CPU from start() to the second frame" + processCpu();
    }

    /**
     * When the process started. Java's answer counts from the boot second (/proc/stat's btime, whole
     * seconds) on Linux, so it is up to a second early (0.1 s on the machine measured); /proc/uptime
     * gives the boot to the hundredth.
     */
    private static long processStart() {
        long start = ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli).orElse(0L);
        try {
            long bootSecond = Files.readAllLines(Path.of("/proc/stat")).stream().filter(l -> l.startsWith("btime "))
                    .mapToLong(l -> Long.parseLong(l.substring(6).strip())).findFirst().orElseThrow();
            double uptime = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            return start - bootSecond * 1000 + System.currentTimeMillis() - Math.round(uptime * 1000);
        } catch (IOException | RuntimeException notLinux) {
            return start;
        }
    }

    /**
     * Linux: the CPU time of all the process's threads so far, and of the JIT compilers among them
     * (from /proc/self/task; on 2 cores the compilers compete with the FX thread). Empty elsewhere.
     */
    private static String processCpu() {
        long all = 0;
        long compilers = 0;
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                String stat = Files.readString(task.resolve("stat"));
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime + stime, ticks of 10 ms
                all += ticks;
                compilers += name.matches("C[12] CompilerThre.*") ? ticks : 0;
            }
        } catch (IOException | RuntimeException notLinux) {
            return "";
        }
        return "; process CPU " + all * 10 + " ms, JIT compilers " + compilers * 10 + " ms";
    }

    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
