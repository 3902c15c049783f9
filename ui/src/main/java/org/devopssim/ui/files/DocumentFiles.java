package org.devopssim.ui.files;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import javafx.util.Duration;
import org.devopssim.simulation.codec.TopologyCodec;
import org.devopssim.simulation.codec.TopologyFileException;
import org.devopssim.simulation.model.MetricTrace;
import org.devopssim.simulation.model.Mode;
import org.devopssim.simulation.scenario.TraceReplay;
import org.devopssim.ui.edit.Edit;
import org.devopssim.simulation.model.Topology;
import org.devopssim.simulation.model.Workload;
import org.devopssim.simulation.events.Severity;
import org.devopssim.ui.edit.TopologyDocument;
import org.devopssim.ui.operate.Notice;
import org.devopssim.ui.session.ImportedRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * New, Open, Save, Save As, Open Recent, the unsaved-changes prompt, autosave and recovery for
 * the one {@link TopologyDocument} of the window. Files are read and written on one I/O thread,
 * in the order asked (so an autosave never lands after the save that makes it moot); the
 * document changes only on the FX thread, and only once a read has fully succeeded, so a bad
 * file never touches what the user had.
 */
public final class DocumentFiles {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentFiles.class);
    static final String APP = "DevOps Simulator";
    static final String EXTENSION = ".dstopo";

    private final TopologyDocument document;
    private final Consumer<Topology> run;
    private final FileSupport support;
    private final Supplier<Window> owner;
    private final TopologyCodec codec = new TopologyCodec();
    private final ExecutorService io = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "topology-files");
        t.setDaemon(true);
        return t;
    });
    private final Autosave autosave;
    private final Timeline autosaveTimer;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private Consumer<Notice> notices = n -> { };

    /**
     * @param run starts the simulation on a topology that replaced the document (new, opened,
     *            recovered, imported), paused at second zero
     */
    public DocumentFiles(TopologyDocument document, Consumer<Topology> run, FileSupport support, Supplier<Window> owner) {
        this.document = document;
        this.run = run;
        this.support = support;
        this.owner = owner;
        autosave = support.recovery() == null ? null
                : new Autosave(document, support.recovery(), io, support.clock());
        autosaveTimer = new Timeline(new KeyFrame(Duration.millis(Autosave.INTERVAL.toMillis()), e -> autosaveNow()));
        autosaveTimer.setCycleCount(Timeline.INDEFINITE);
        title.bind(Bindings.createStringBinding(() -> (document.isDirty() ? "*" : "") + displayName() + " - " + APP,
                document.dirtyProperty(), document.fileProperty(), document.topologyProperty()));
    }

    /**
     * "*shop.dstopo - DevOps Simulator": the file (or the topology's name), starred while unsaved;
     * plain ASCII, so every window manager's title font shows it.
     */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The file name, else the topology's name (a preset's, "Untitled", an import's project). */
    public String displayName() {
        Optional<Path> file = document.file();
        if (file.isPresent()) {
            return file.get().getFileName().toString();
        }
        String name = document.topology().name();
        return name == null || name.isBlank() ? "Untitled" : name;
    }

    /** Where short confirmations go (an export written): the window's notifications. */
    public void setNotices(Consumer<Notice> sink) {
        this.notices = sink;
    }

    void notice(String title, String text) {
        notices.accept(new Notice(Severity.INFO, title, text));
    }

    /** Where imported alert rules go, if this window's runs take them. */
    Optional<ImportedRules> importedRules() {
        return Optional.ofNullable(support.rules());
    }

    /** Starts the document's topology over from second zero, e.g. so new alert rules apply. */
    void restartRun() {
        run.accept(document.topology());
    }

    public RecentFiles recent() {
        return support.recent();
    }

    public TopologyDocument document() {
        return document;
    }

    /** Starts the once-a-minute autosave. */
    public void start() {
        if (autosave != null) {
            autosaveTimer.play();
        }
    }

    /** Stops autosaving and waits (briefly) for pending writes, so a save asked for before exit lands. */
    public void stop() {
        autosaveTimer.stop();
        io.shutdown();
        if (autosave != null) {
            autosave.stop();
        }
        try {
            if (!io.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("topology files still being written at exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What the timer runs; public for tests and for a save before a risky action. */
    public void autosaveNow() {
        if (autosave != null) {
            autosave.tick();
        }
    }

    // ---- New, Open, Open Recent -----------------------------------------------------------------

    /** An empty Production topology named "Untitled": valid, runs with no traffic. */
    public static Topology blank() {
        return new Topology(Topology.SCHEMA_VERSION, "Untitled", Mode.PRODUCTION, "", Workload.defaults(), null, null,
                List.of(), List.of());
    }

    public void newTopology() {
        confirmThen(() -> show(blank(), null));
    }

    public void open() {
        confirmThen(() -> choose(FileChoosers.Purpose.OPEN_TOPOLOGY, null).ifPresent(this::read));
    }

    public void openRecent(Path file) {
        confirmThen(() -> read(file));
    }

    /** A file opened at start (the app's argument): the document is that file, clean. */
    public void adopt(Path file) {
        document.markSaved(file.toAbsolutePath());
        support.recent().add(file);
    }

    private void read(Path file) {
        background(() -> codec.read(file), t -> {
            show(t, file.toAbsolutePath());
            support.recent().add(file);
        }, e -> {
            String details;
            if (e instanceof NoSuchFileException) {
                boolean listed = support.recent().paths().contains(file.toAbsolutePath().normalize());
                support.recent().remove(file);
                details = file + ": no such file" + (listed ? "; it is removed from Open Recent." : ".");
            } else {
                details = describe(e);
            }
            FileDialogs.error(owner.get(), "Cannot open " + file.getFileName(),
                    details + "\n\nYour current topology is unchanged.");
        });
    }

    private void show(Topology t, Path file) {
        document.replace(t, file);
        run.accept(t);
    }

    /** A topology that no file holds yet (an import): the new document, unsaved. Asks first if needed. */
    public void replaceWithUnsaved(Topology t) {
        confirmThen(() -> {
            document.replaceUnsaved(t, null);
            run.accept(t);
        });
    }

    /**
     * Replays a metric trace as every traffic source's shape, an undoable edit of the document,
     * and restarts the run on it: the trace plays from second zero.
     */
    public void replay(MetricTrace trace, double totalPeakRps) {
        String name = Path.of(trace.name()).getFileName().toString();
        document.execute(new Edit("Replay trace " + name, t -> TraceReplay.apply(t, trace, totalPeakRps)));
        run.accept(document.topology());
    }

    // ---- Save, Save As --------------------------------------------------------------------------

    public void save() {
        save(() -> { });
    }

    public void saveAs() {
        saveAs(() -> { });
    }

    private void save(Runnable then) {
        Optional<Path> file = document.file();
        if (file.isPresent()) {
            write(file.get(), then);
        } else {
            saveAs(then);
        }
    }

    private void saveAs(Runnable then) {
        choose(FileChoosers.Purpose.SAVE_TOPOLOGY, suggestedName(EXTENSION)).ifPresent(p -> write(withExtension(p, EXTENSION), then));
    }

    /** Written on the I/O thread, atomically; only then is the document marked saved. */
    private void write(Path to, Runnable then) {
        Topology t = document.topology();
        Path target = to.toAbsolutePath();
        background(() -> {
            codec.write(t, target);
            return target;
        }, saved -> {
            document.markSaved(saved, t);
            support.recent().add(saved);
            then.run();
        }, e -> FileDialogs.error(owner.get(), "Cannot save " + target.getFileName(),
                target + ": " + describe(e) + "\n\nThe file on disk is unchanged; your topology is still open and unsaved."));
    }

    String suggestedName(String extension) {
        Optional<Path> file = document.file();
        if (file.isPresent()) {
            String name = file.get().getFileName().toString();
            int dot = name.lastIndexOf('.');
            return (dot > 0 ? name.substring(0, dot) : name) + extension;
        }
        String base = displayName().replaceAll("[^\\p{Alnum}._ -]+", "").strip();
        return (base.isEmpty() ? "topology" : base) + extension;
    }

    /** The native save dialog does not add the extension on every platform. */
    static Path withExtension(Path p, String extension) {
        String name = p.getFileName().toString();
        return name.contains(".") ? p : p.resolveSibling(name + extension);
    }

    // ---- The unsaved-changes prompt -------------------------------------------------------------

    /**
     * Runs {@code proceed} once unsaved changes are saved or given up: at once when the document
     * is clean; after Save or Don't Save; never after Cancel or a failed save.
     */
    public void confirmThen(Runnable proceed) {
        if (!document.isDirty()) {
            proceed.run();
            return;
        }
        FileDialogs.askToSave(owner.get(), displayName(), answer -> {
            switch (answer) {
                case SAVE -> save(proceed);
                case DISCARD -> proceed.run();
                case CANCEL -> { }
            }
        });
    }

    /** Closing the window or File > Exit: asks about unsaved changes, then no recovery is needed. */
    public void requestClose(Runnable exit) {
        confirmThen(() -> {
            if (autosave != null) {
                autosave.discard();
            }
            exit.run();
        });
    }

    // ---- Recovery -------------------------------------------------------------------------------

    /** At start: offers the changes the last session autosaved but never saved (it crashed). */
    public void offerRecovery() {
        RecoveryStore store = support.recovery();
        if (store == null) {
            return;
        }
        background(store::read, found -> found.ifPresent(this::askToRecover), e -> {
            String aside;
            try {
                aside = "It is moved to " + store.setAside() + ".";
            } catch (IOException moveFailed) {
                aside = "It is left where it is.";
            }
            FileDialogs.error(owner.get(), "Cannot recover unsaved changes", describe(e) + "\n\n" + aside);
        });
    }

    private void askToRecover(RecoveryStore.Recovery r) {
        String what = r.file() != null ? r.file().getFileName().toString()
                : r.topology().name() == null || r.topology().name().isBlank() ? "Untitled" : r.topology().name();
        String when = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault()).format(r.savedAt());
        ButtonType recover = new ButtonType("Recover", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", recover, discard);
        alert.initOwner(owner.get());
        alert.setTitle(APP);
        alert.setHeaderText("Recover unsaved changes to " + what + " from " + when + "?");
        alert.setContentText("DevOps Simulator did not close normally. The changes were autosaved at " + when
                + (r.file() != null ? "; " + r.file() + " itself is unchanged." : "."));
        alert.getDialogPane().setId("recovery-offer");
        alert.getDialogPane().lookupButton(recover).setId("recovery-recover");
        alert.getDialogPane().lookupButton(discard).setId("recovery-discard");
        alert.setOnHidden(e -> {
            if (alert.getResult() == recover) {
                document.replaceUnsaved(r.topology(), r.file());
                run.accept(r.topology());
            } else {
                autosave.discard();
            }
        });
        alert.show();
    }

    // ---- Shared plumbing ------------------------------------------------------------------------

    Optional<Path> choose(FileChoosers.Purpose purpose, String suggested) {
        List<Path> chosen = support.choosers().choose(purpose, suggested, owner.get());
        return chosen.isEmpty() ? Optional.empty() : Optional.of(chosen.getFirst());
    }

    List<Path> chooseAll(FileChoosers.Purpose purpose) {
        return support.choosers().choose(purpose, null, owner.get());
    }

    Window owner() {
        return owner.get();
    }

    /** Runs {@code work} on the I/O thread and hands its result or failure to the FX thread. */
    <T> void background(Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
        if (io.isShutdown()) {
            LOG.debug("window closed: file work not started");
            return;
        }
        io.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> done.accept(result));
            } catch (Exception e) {
                LOG.debug("file work failed", e);
                Platform.runLater(() -> failed.accept(e));
            }
        });
    }

    /** A message for the user naming the file and, for a topology file, each place and what was expected. */
    static String describe(Exception e) {
        if (e instanceof TopologyFileException t) {
            return t.source() + " cannot be used:\n" + t.problems().stream().map(p -> "\u2022 " + p)
                    .collect(Collectors.joining("\n"));
        }
        if (e instanceof NoSuchFileException n) {
            return n.getFile() + ": no such file";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
