package org.devopssim.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.model.PriceTable;
import org.devopssim.simulation.model.MonitoringNode;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.model.Topology;
import org.devopssim.simulation.scenario.SyntheticTopology;

/**
 * How the tick's cost grows with the fleet, measured in the simulation thread's CPU time (so a busy
 * machine does not skew it the way wall time would), with the bytes it allocates per tick and the
 * heap the fleet needs; the time is the median of 5 rounds, with the best beside it, after a warm-up. Run: {@code benchmarks/run-harness ScaleHarness [sizes...] [--log-analysis]}; with
 * {@code --log-analysis} the fleet also has an ELK node with AI log analysis, so its log lines are mined.
 */
public final class ScaleHarness {

    private static final int ROUNDS = 5;

    private ScaleHarness() {
    }

    public static void main(String[] args) {
        boolean logAnalysis = java.util.Arrays.asList(args).contains("--log-analysis");
        int[] sizes = java.util.Arrays.stream(args).filter(a -> !a.startsWith("--")).mapToInt(Integer::parseInt).toArray();
        sizes = sizes.length == 0 ? new int[]{100, 1_000, 10_000, 50_000} : sizes;
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long self = Thread.currentThread().threadId();
        System.out.println("nodes  cpu-us/tick  x-real-time  best-us/tick  bytes/tick  heap-MB  events/tick  log-lines/tick"
                + (logAnalysis ? "  (with AI log analysis)" : ""));
        for (int size : sizes) {
            Topology fleet = SyntheticTopology.generate(size, 5);
            if (logAnalysis) {
                fleet = withLogAnalysis(fleet);
            }
            Simulation sim = new Simulation(fleet, 42, PriceTable.free());
            // At least 1,200 simulated seconds, and on small fleets enough of them (20 million
            // node-seconds) for the JIT to have compiled the tick's loops before the rounds.
            sim.advance(Math.max(1200, 20_000_000 / size));
            int ticks = Math.max(200, 2_000_000 / size);
            // Rounds, so one burst of a neighbour's work on this shared machine shows as one slow round.
            double[] roundUs = new double[ROUNDS];
            int perRound = Math.max(40, ticks / ROUNDS);
            long alloc0 = threads.getThreadAllocatedBytes(self);
            long events0 = sim.eventLog().appendedCount();
            long lines0 = sim.logs().appendedCount();
            for (int round = 0; round < ROUNDS; round++) {
                long cpu0 = threads.getCurrentThreadCpuTime();
                sim.advance(perRound);
                roundUs[round] = (threads.getCurrentThreadCpuTime() - cpu0) / 1e3 / perRound;
            }
            int measured = perRound * ROUNDS;
            long alloc = threads.getThreadAllocatedBytes(self) - alloc0;
            double eventsPerTick = (double) (sim.eventLog().appendedCount() - events0) / measured;
            double linesPerTick = (double) (sim.logs().appendedCount() - lines0) / measured;
            System.gc();
            double heapMb = memory.getHeapMemoryUsage().getUsed() / 1e6;
            java.util.Arrays.sort(roundUs);
            double median = roundUs[ROUNDS / 2];
            System.out.printf(Locale.ROOT, "%6d  %11.1f  %11.0f  %12.1f  %10.0f  %7.0f  %11.2f  %14.1f%n", sim.topology().nodes().size(),
                    median, 1e6 / median, roundUs[0], (double) alloc / measured, heapMb, eventsPerTick, linesPerTick);
        }
    }

    private static Topology withLogAnalysis(Topology fleet) {
        java.util.List<Node> nodes = new java.util.ArrayList<>(fleet.nodes());
        nodes.add(new MonitoringNode("elk", "ELK", null, null, MonitoringNode.Tool.ELK, java.util.List.of("Logs"),
                MonitoringNode.AlertChannel.AI_ANOMALY, false, null));
        return fleet.withNodesAndLinks(nodes, fleet.links());
    }
}
