package org.devopssim.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.model.PriceTable;
import org.devopssim.simulation.scenario.SyntheticTopology;

/**
 * How the tick's cost grows with the fleet, measured in the simulation thread's CPU time (so a busy
 * machine does not skew it the way wall time would), with the bytes it allocates per tick and the
 * heap the fleet needs. Run: {@code benchmarks/run-harness ScaleHarness [sizes...]}.
 */
public final class ScaleHarness {

    private ScaleHarness() {
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[]{100, 1_000, 10_000, 50_000}
                : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long self = Thread.currentThread().threadId();
        System.out.println("nodes  cpu-us/tick  x-real-time  bytes/tick  heap-MB  events/tick");
        for (int size : sizes) {
            Simulation sim = new Simulation(SyntheticTopology.generate(size, 5), 42, PriceTable.free());
            sim.advance(1200);
            int ticks = Math.max(200, 2_000_000 / size);
            long cpu0 = threads.getCurrentThreadCpuTime();
            long alloc0 = threads.getThreadAllocatedBytes(self);
            long events0 = sim.eventLog().appendedCount();
            sim.advance(ticks);
            double eventsPerTick = (double) (sim.eventLog().appendedCount() - events0) / ticks;
            long cpu = threads.getCurrentThreadCpuTime() - cpu0;
            long alloc = threads.getThreadAllocatedBytes(self) - alloc0;
            System.gc();
            double heapMb = memory.getHeapMemoryUsage().getUsed() / 1e6;
            double usPerTick = cpu / 1e3 / ticks;
            System.out.printf(Locale.ROOT, "%6d  %11.1f  %11.0f  %10.0f  %7.0f  %11.2f%n", sim.topology().nodes().size(),
                    usPerTick, 1e6 / usPerTick, (double) alloc / ticks, heapMb, eventsPerTick);
        }
    }
}
