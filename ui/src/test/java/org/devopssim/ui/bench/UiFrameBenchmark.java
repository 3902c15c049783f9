package org.devopssim.ui.bench;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.devopssim.simulation.engine.Speed;
import org.devopssim.simulation.model.Mode;
import org.devopssim.simulation.model.Topology;
import org.devopssim.simulation.scenario.SyntheticTopology;
import org.devopssim.ui.MainWindow;
import org.devopssim.ui.Presets;
import org.devopssim.ui.perf.FrameStats;
import org.devopssim.ui.session.SimulationSession;

/**
 * A documented harness, not a test: opens the real window on a generated topology (or a preset),
 * runs it at a speed and prints the frame meter every few seconds. Run it under Xvfb; the command
 * is in docs/benchmarks-ui.md.
 *
 * <p>Arguments: {@code NODES|production SPEED_LABEL SECONDS [charts-kind]}, e.g. {@code 500 60x 60}.
 */
public final class UiFrameBenchmark {

    private UiFrameBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String what = args.length > 0 ? args[0] : "500";
        String speedLabel = args.length > 1 ? args[1] : "60x";
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        Topology topology = what.equals("production") ? Presets.topology(Mode.PRODUCTION)
                : SyntheticTopology.generate(Integer.parseInt(what), 5);
        Speed speed = Speed.STEPS.stream().filter(s -> s.label().equals(speedLabel)).findFirst().orElseThrow();
        SimulationSession session = new SimulationSession(m -> topology, Presets::run, topology.mode());
        CountDownLatch started = new CountDownLatch(1);
        MainWindow[] window = new MainWindow[1];
        // The FX thread's CPU time per pulse, from the first animation timer to the end of layout: unlike the
        // meter's wall-clock figures it does not count the time a busy machine keeps the thread waiting.
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] pulseCpuStart = new long[1];
        java.util.List<Long> pulseCpu = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        Platform.startup(() -> {
            new javafx.animation.AnimationTimer() {
                @Override
                public void handle(long now) {
                    pulseCpuStart[0] = threads.getCurrentThreadCpuTime();
                }
            }.start();
            window[0] = new MainWindow(session, Platform::exit, Presets.help());
            Stage stage = new Stage();
            stage.setScene(window[0].scene());
            stage.setWidth(1600);
            stage.setHeight(1000);
            window[0].scene().addPostLayoutPulseListener(() -> {
                if (pulseCpuStart[0] > 0) {
                    pulseCpu.add(threads.getCurrentThreadCpuTime() - pulseCpuStart[0]);
                    pulseCpuStart[0] = 0;
                }
            });
            stage.show();
            window[0].start();
            session.setSpeed(speed);
            session.play();
            started.countDown();
        });
        started.await();
        System.out.printf("topology %s: %d nodes, speed %s, %d s%n", topology.name(), topology.nodes().size(),
                speed.label(), seconds);
        java.util.Map<String, Integer> hot = new java.util.concurrent.ConcurrentHashMap<>();
        boolean profile = Boolean.getBoolean("bench.profile");
        if (profile) {
            Thread fx = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().equals("JavaFX Application Thread")).findFirst().orElseThrow();
            Thread.ofPlatform().daemon().start(() -> {
                while (true) {
                    StackTraceElement[] st = fx.getStackTrace();
                    String key = java.util.Arrays.stream(st).limit(40).filter(e -> e.getClassName().startsWith("org.devopssim")
                            || e.getClassName().startsWith("org.jfree") || e.getClassName().startsWith("eu.hansolo")
                            || e.getClassName().startsWith("org.controlsfx")).limit(3)
                            .map(e -> e.getClassName().replaceAll(".*\\.", "") + "." + e.getMethodName()).toList().toString();
                    hot.merge(st.length > 0 && key.equals("[]") ? st[0].getClassName().replaceAll(".*\\.", "") + "." + st[0].getMethodName() : key, 1, Integer::sum);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }
        List<FrameStats.Summary> samples = new java.util.ArrayList<>();
        for (int t = 5; t <= seconds; t += 5) {
            TimeUnit.SECONDS.sleep(5);
            FrameStats.Summary s = window[0].frameMeter().summary();
            samples.add(s);
            long[] cpu;
            synchronized (pulseCpu) {
                cpu = pulseCpu.stream().mapToLong(Long::longValue).sorted().toArray();
                pulseCpu.clear();
            }
            String cpuText = cpu.length == 0 ? "" : String.format(" · FX CPU/pulse p50 %.1f ms p95 %.1f ms max %.1f ms (%d pulses)",
                    cpu[cpu.length / 2] / 1e6, cpu[(int) (cpu.length * 0.95)] / 1e6, cpu[cpu.length - 1] / 1e6, cpu.length);
            System.out.printf("t=%3ds simulated=%s  %s%s%n", t, session.latest().second(), s, cpuText);
        }
        hot.entrySet().stream().sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15)
                .forEach(e -> System.out.printf("%5d %s%n", e.getValue(), e.getKey()));
        Platform.runLater(() -> {
            window[0].stop();
            Platform.exit();
        });
        session.close();
        System.exit(0);
    }
}
