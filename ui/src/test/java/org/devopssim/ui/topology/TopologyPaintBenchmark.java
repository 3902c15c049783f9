package org.devopssim.ui.topology;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.engine.Snapshot;
import org.devopssim.simulation.engine.Speed;
import org.devopssim.simulation.model.Topology;
import org.devopssim.simulation.scenario.SyntheticTopology;
import org.devopssim.ui.Presets;
import org.devopssim.ui.theme.Palette;

/**
 * A documented harness, not a test: the FX thread's CPU time to paint a generated topology on a
 * canvas (recording the drawing commands), fitted in view and zoomed to 1x, for the picture and for
 * the traffic layer alone; CPU time rather than wall time, so a busy machine inflates it less. Then
 * the time to rasterise each (a canvas snapshot: what the render thread does with a frame).
 * Command in docs/benchmarks-ui.md. Arguments: {@code NODES PAINTS}, e.g. {@code 500 400}.
 */
public final class TopologyPaintBenchmark {

    private TopologyPaintBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int paints = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        Topology topology = SyntheticTopology.generate(nodes, 5);
        Simulation sim = new Simulation(topology, 42, Presets.prices());
        sim.advance(120);
        Snapshot s = sim.snapshot(Snapshot.RunState.RUNNING, Speed.REAL_TIME, List.of());
        CountDownLatch done = new CountDownLatch(1);
        Platform.startup(() -> {
            try {
                run(topology, s, paints);
            } finally {
                done.countDown();
            }
        });
        done.await();
        Platform.exit();
    }

    private static void run(Topology topology, Snapshot s, int paints) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        TopologyLayout layout = TopologyLayout.of(topology);
        LiveIndex live = LiveIndex.of(null, topology, s.topology());
        Canvas canvas = new Canvas(1300, 620);
        GraphicsContext g = canvas.getGraphicsContext2D();
        TopologyPainter painter = new TopologyPainter();
        LinkFlow flow = new LinkFlow();
        flow.follow(layout, s, live);
        System.out.printf("%d nodes, %d links, %d paints per case%n", topology.nodes().size(), topology.links().size(), paints);
        // Three rounds: the first is JIT warm-up; read the last.
        for (int round = 1; round <= 3; round++) {
        System.out.printf("round %d%n", round);
        for (String name : new String[] {"fitted", "zoomed 1x"}) {
            Viewport vp = new Viewport();
            vp.fit(layout.bounds(), canvas.getWidth(), canvas.getHeight());
            if (name.startsWith("zoomed")) {
                vp.zoom(1 / vp.scale(), canvas.getWidth() / 2, canvas.getHeight() / 2);
            }
            for (boolean animated : new boolean[] {false, true}) {
                long[] cpu = new long[paints];
                for (int i = 0; i < paints; i++) {
                    // Without a render pass the canvas keeps every command: clear it, untimed.
                    g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
                    flow.advance(1 / 60.0);
                    long start = threads.getCurrentThreadCpuTime();
                    if (animated) {
                        painter.paintFlow(g, canvas.getWidth(), canvas.getHeight(), layout, s, live, vp, Palette.DARK, flow);
                    } else {
                        painter.paint(g, canvas.getWidth(), canvas.getHeight(), layout, s, live, vp, Set.of(), null,
                                Palette.DARK, true);
                    }
                    cpu[i] = threads.getCurrentThreadCpuTime() - start;
                }
                // The first half warms the JIT up.
                long[] steady = Arrays.copyOfRange(cpu, paints / 2, paints);
                Arrays.sort(steady);
                // Rasterising the same picture (what the render thread does each frame), timed by a snapshot.
                javafx.scene.image.WritableImage image = new javafx.scene.image.WritableImage(1300, 620);
                long[] raster = new long[30];
                for (int i = 0; i < raster.length; i++) {
                    g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
                    if (animated) {
                        painter.paintFlow(g, canvas.getWidth(), canvas.getHeight(), layout, s, live, vp, Palette.DARK, flow);
                    } else {
                        painter.paint(g, canvas.getWidth(), canvas.getHeight(), layout, s, live, vp, Set.of(), null,
                                Palette.DARK, true);
                    }
                    long start = System.nanoTime();
                    canvas.snapshot(null, image);
                    raster[i] = System.nanoTime() - start;
                }
                Arrays.sort(raster);
                System.out.printf("%-10s %-12s scale %.2f  paint CPU p50 %.2f ms  p95 %.2f ms · rasterise p50 %.1f ms%n", name,
                        animated ? "flow layer" : "picture", vp.scale(), steady[steady.length / 2] / 1e6,
                        steady[(int) (steady.length * 0.95)] / 1e6, raster[raster.length / 2] / 1e6);
            }
        }
        }
    }
}
