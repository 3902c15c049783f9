package org.devopssim.ui.operate;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.devopssim.simulation.engine.Action;
import org.devopssim.simulation.model.AppService;
import org.devopssim.simulation.model.Autoscaling;
import org.devopssim.simulation.model.Topology;
import org.devopssim.ui.session.AutoscalerTrainer;

/**
 * Simulation > Train RL Autoscaler…: trains the learned autoscaling policy on the topology being shown,
 * on one low-priority background thread, with a progress bar and Cancel; then the user can put a
 * service on the "rl" policy (an ordinary set-policy command, so it is in the run's action log).
 */
public final class AutoscalerTrainingDialog {

    private static final ExecutorService TRAINING = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rl-autoscaler-training");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });

    private final Stage stage = new Stage();
    private final Spinner<Integer> days = new Spinner<>(1, 60, 5);
    private final Button train = new Button("Train");
    private final Button cancel = new Button("Cancel");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label("Not trained yet: services on the rl policy use the shipped policy.");
    private final ChoiceBox<String> services = new ChoiceBox<>();
    private final Button apply = new Button("Use RL for this service");
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private Task<String> running;

    /**
     * @param topology the topology shown now (training runs on a copy of it; nothing live is touched)
     * @param submit   sends a command to the live run
     */
    public AutoscalerTrainingDialog(Window owner, AutoscalerTrainer trainer, Supplier<Topology> topology,
                                    Consumer<Action> submit) {
        stage.initOwner(owner);
        stage.setTitle("Train RL Autoscaler (Experimental)");
        Label about = new Label("Deep Q-learning in the simulator: the agent plays simulated days of this topology with "
                + "random traffic surges, paying for instances and for SLO violations. Roughly 10-40 s per day "
                + "on two cores; the simulation keeps running.");
        about.setWrapText(true);
        // Wrapped labels keep all their lines: the window grows instead of cutting them off.
        about.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        days.setEditable(true);
        days.setId("rl-days");
        train.setId("rl-train");
        cancel.setId("rl-cancel");
        apply.setId("rl-apply");
        progress.setId("rl-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        status.setId("rl-status");
        status.setWrapText(true);
        cancel.setDisable(true);
        apply.setDisable(true);
        train.setOnAction(e -> start(trainer, topology.get()));
        cancel.setOnAction(e -> {
            cancelled.set(true);
            status.setText("Cancelling…");
        });
        apply.setOnAction(e -> applyTo(topology.get(), services.getValue(), submit));
        HBox run = new HBox(8, new Label("Simulated days"), days, train, cancel);
        HBox use = new HBox(8, new Label("Service"), services, apply);
        VBox root = new VBox(10, about, run, progress, status, use);
        root.setPadding(new Insets(14));
        root.setPrefWidth(560);
        stage.setScene(new Scene(root));
        stage.getScene().getStylesheets().setAll(owner == null || owner.getScene() == null ? java.util.List.of()
                : owner.getScene().getStylesheets());
        stage.setOnHidden(e -> cancelled.set(true));
        fillServices(topology.get());
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    private void fillServices(Topology t) {
        services.getItems().setAll(t.nodes().stream()
                .filter(n -> n instanceof AppService a && a.autoscaling() != null).map(n -> n.id()).toList());
        if (!services.getItems().isEmpty()) {
            services.setValue(services.getItems().getFirst());
        }
    }

    private void start(AutoscalerTrainer trainer, Topology topology) {
        cancelled.set(false);
        int n = days.getValue();
        running = new Task<>() {
            @Override
            protected String call() {
                return trainer.trainAndInstall(topology, n, f -> updateProgress(f, 1), cancelled::get);
            }
        };
        progress.progressProperty().bind(running.progressProperty());
        train.setDisable(true);
        cancel.setDisable(false);
        status.setText("Training on " + n + " simulated day(s) of " + topology.name() + "…");
        running.setOnSucceeded(e -> finish("Installed for this session: " + running.getValue()
                + " Put a service on it below.", true));
        running.setOnFailed(e -> {
            Throwable t = running.getException();
            finish(t instanceof CancellationException ? "Cancelled; the previous policy stays in use."
                    : "Training failed: " + t.getMessage(), false);
        });
        TRAINING.execute(running);
    }

    private void finish(String message, boolean trained) {
        progress.progressProperty().unbind();
        progress.setProgress(trained ? 1 : 0);
        status.setText(message);
        stage.sizeToScene();
        train.setDisable(false);
        cancel.setDisable(true);
        apply.setDisable(!trained || services.getValue() == null);
    }

    private void applyTo(Topology topology, String serviceId, Consumer<Action> submit) {
        if (serviceId == null || !(topology.node(serviceId).orElse(null) instanceof AppService a) || a.autoscaling() == null) {
            status.setText("Choose an autoscaled service of the topology shown.");
            return;
        }
        Autoscaling own = a.autoscaling();
        submit.accept(new Action.SetPolicy(serviceId, new Autoscaling(Autoscaling.Policy.RL, own.minInstances(),
                own.maxInstances(), own.targetUtilization())));
        status.setText(serviceId + " now scales with the learned policy (see the event log).");
    }
}
