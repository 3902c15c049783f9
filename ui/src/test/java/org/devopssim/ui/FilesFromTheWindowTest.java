package org.devopssim.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.devopssim.simulation.codec.TopologyCodec;
import org.devopssim.simulation.imports.ServiceKind;
import org.devopssim.simulation.model.Mode;
import org.devopssim.simulation.model.RedisNode;
import org.devopssim.simulation.model.Topology;
import org.devopssim.simulation.model.TrafficSource;
import org.devopssim.ui.edit.Edit;
import org.devopssim.ui.edit.TopologyDocument;
import org.devopssim.ui.files.FileChoosers;
import org.devopssim.ui.files.FileSupport;
import org.devopssim.ui.files.RecentFiles;
import org.devopssim.ui.files.RecoveryStore;
import org.devopssim.ui.help.MemoryPreferences;
import org.devopssim.ui.session.ImportedRules;
import org.devopssim.ui.session.LiveRun;
import org.devopssim.ui.session.SimulationSession;
import org.devopssim.simulation.alerting.Alerting;
import org.devopssim.simulation.engine.Simulation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The File menu driven from the window, headless, with the file dialogs answered by the test:
 * save and reopen, the dirty marker, the unsaved-changes prompt, a malformed file, recovery,
 * import with an edited mapping, export, and a trace replay.
 */
@ExtendWith(ApplicationExtension.class)
class FilesFromTheWindowTest {

    @TempDir
    Path dir;

    private final Deque<List<Path>> answers = new ArrayDeque<>();
    private final TopologyCodec codec = new TopologyCodec();
    private WindowUnderTest opened;
    private MainWindow window;
    private Stage stage;
    private RecoveryStore recovery;
    private final ImportedRules importedRules = new ImportedRules();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        recovery = new RecoveryStore(dir.resolve("recovery"));
        FileChoosers scripted = (purpose, suggested, owner) -> answers.isEmpty() ? List.of() : answers.poll();
        FileSupport support = new FileSupport(new RecentFiles(new MemoryPreferences()), recovery, scripted, Clock.systemUTC(),
                importedRules);
        // Made like the app's: the mode's rule pack, then the rules the user imported.
        SimulationSession session = new SimulationSession(Presets::topology, t -> {
            Simulation sim = new Simulation(t, 42, Presets.prices());
            Alerting alerting = Alerting.attach(sim, Presets.rules(t.mode()));
            importedRules.rules().forEach(alerting::addRule);
            return new LiveRun(sim, alerting::view);
        }, Mode.PRODUCTION);
        opened = WindowUnderTest.open(stage, Presets.help(), null, support, session);
        window = opened.window;
    }

    @AfterEach
    void stop(FxRobot robot) {
        // Dialogs a failed test left open would cover the next test's window.
        robot.interact(() -> javafx.stage.Window.getWindows().stream().filter(w -> w != stage && w instanceof Stage)
                .map(Stage.class::cast).toList().forEach(Stage::close));
        opened.close();
    }

    private static void waitUntil(String what, Supplier<Boolean> condition) throws TimeoutException {
        WindowUnderTest.waitUntil(what, condition);
    }

    private TopologyDocument doc() {
        return window.document();
    }

    private String title() {
        return window.titleProperty().get();
    }

    private static Edit rename(String name) {
        return new Edit("Rename", t -> new Topology(t.schemaVersion(), name, t.mode(), t.description(), t.workload(),
                t.security(), t.delivery(), t.nodes(), t.links()));
    }

    private void edit(FxRobot robot, String name) {
        robot.interact(() -> doc().execute(rename(name)));
    }

    private static void shortcut(FxRobot robot, KeyCode... keys) {
        KeyCode[] all = new KeyCode[keys.length + 1];
        all[0] = KeyCode.CONTROL;
        System.arraycopy(keys, 0, all, 1, keys.length);
        robot.press(all);
        robot.release(all);
    }

    /** Fires a menu item found by id anywhere in the menu bar, as a click on it would. */
    private void fire(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        MenuItem item = find(bar.getMenus(), id).orElseThrow(() -> new AssertionError("no menu item " + id));
        robot.interact(item::fire);
    }

    private static Optional<MenuItem> find(List<? extends MenuItem> items, String id) {
        for (MenuItem i : items) {
            if (id.equals(i.getId())) {
                return Optional.of(i);
            }
            if (i instanceof Menu m) {
                Optional<MenuItem> inner = find(m.getItems(), id);
                if (inner.isPresent()) {
                    return inner;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean showing(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(n -> n.getScene().getWindow().isShowing()).orElse(false);
    }

    /**
     * Dialogs are laid out a pulse or two after they show, and a table measures its rows with
     * cells it then takes out of the scene: click the control once it is on screen, retrying
     * when it was such a measuring copy.
     */
    private static void click(FxRobot robot, String id) throws TimeoutException {
        waitUntil(id + " is clicked", () -> {
            try {
                Optional<javafx.scene.Node> node = robot.lookup(id).match((javafx.scene.Node n) -> n.getScene() != null
                        && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()
                        && org.testfx.util.NodeQueryUtils.isVisible().test(n)).tryQuery();
                if (node.isEmpty()) {
                    return false;
                }
                robot.clickOn(node.get());
                return true;
            } catch (RuntimeException detachedMeanwhile) {
                return false;
            }
        });
    }

    private void firstFrame() throws TimeoutException {
        waitUntil("the first snapshot", () -> opened.session.latest() != null && opened.session.latest().topology() != null);
    }

    @Test
    void saveAndReopenGiveTheIdenticalModelAndTheDirtyMarkerFollowsTheFile(FxRobot robot) throws Exception {
        firstFrame();
        assertEquals("Production - DevOps Simulator", title());
        edit(robot, "Shop");
        assertEquals("*Shop - DevOps Simulator", title(), "an edit shows the dirty marker");

        answers.add(List.of(dir.resolve("shop")));
        shortcut(robot, KeyCode.S); // no file yet: Save is Save As
        waitUntil("saved", () -> !doc().isDirty());
        Path file = dir.resolve("shop.dstopo");
        assertEquals("shop.dstopo - DevOps Simulator", title(), "the file's name, no marker once saved");
        assertEquals(file, doc().file().orElseThrow());
        Topology saved = doc().topology();
        assertEquals(saved, codec.read(file));

        edit(robot, "Shop, changed");
        assertTrue(title().startsWith("*shop.dstopo"));
        answers.add(List.of(file));
        shortcut(robot, KeyCode.O);
        waitUntil("the unsaved-changes prompt", () -> showing(robot, "#unsaved-prompt"));
        click(robot, "#unsaved-dont-save");
        waitUntil("reopened", () -> doc().topology().name().equals("Shop"));
        assertEquals(saved, doc().topology(), "reopened: the identical model");
        assertFalse(doc().isDirty());
        assertEquals(List.of(file), List.copyOf(window.files().recent().paths()));
        waitUntil("the reopened topology runs", () -> opened.session.latest().topology() == doc().topology());
    }

    @Test
    void newGivesAnEmptyUntitledTopologyThatRuns(FxRobot robot) throws Exception {
        firstFrame();
        shortcut(robot, KeyCode.N);
        waitUntil("an empty topology", () -> doc().topology().nodes().isEmpty());
        assertEquals("Untitled - DevOps Simulator", title());
        assertFalse(doc().isDirty());
        waitUntil("it is the run", () -> opened.session.latest().topology() == doc().topology());
        robot.clickOn("#speed-600x");
        robot.clickOn("#play");
        waitUntil("the empty system runs", () -> opened.session.latest().second() > 60);
        assertTrue(opened.session.events().all().stream().noneMatch(e -> "action-refused".equals(e.kind())),
                "no command failed");
    }

    @Test
    void aMalformedFileIsRefusedWithItsPlaceAndTheDocumentStays(FxRobot robot) throws Exception {
        firstFrame();
        edit(robot, "Work in progress");
        Topology before = doc().topology();
        Path bad = dir.resolve("bad.dstopo");
        Files.writeString(bad, """
                {
                  "schemaVersion": 1,
                  "name": "Broken",
                  "mode": "staging",
                  "nodes": [],
                  "links": []
                }
                """);
        answers.add(List.of(bad));
        shortcut(robot, KeyCode.O);
        waitUntil("the prompt", () -> showing(robot, "#unsaved-prompt"));
        click(robot, "#unsaved-dont-save");
        waitUntil("the error", () -> showing(robot, "#file-error"));
        String text = robot.lookup("#file-error-text").queryAs(Label.class).getText();
        assertTrue(text.contains(bad.toString()), text);
        assertTrue(text.contains("line 4") && text.contains("$.mode"), text);
        assertTrue(text.contains("unchanged"), text);
        assertSame(before, doc().topology(), "the document is untouched");
        assertTrue(doc().isDirty());
        assertTrue(doc().file().isEmpty());
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsTheWindow(FxRobot robot) throws Exception {
        firstFrame();
        shortcut(robot, KeyCode.Q);
        waitUntil("a clean document closes at once", () -> !stage.isShowing());
        robot.interact(stage::show);

        edit(robot, "Unsaved");
        shortcut(robot, KeyCode.Q);
        waitUntil("the prompt", () -> showing(robot, "#unsaved-prompt"));
        String header = robot.lookup("#unsaved-prompt").queryAs(DialogPane.class).getHeaderText();
        assertTrue(header.contains("Unsaved"), header);
        click(robot, "#unsaved-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isShowing(), "cancelled: the window stays");

        robot.interact(window.files()::autosaveNow);
        waitUntil("autosaved", () -> Files.exists(recovery.path()));
        fire(robot, "menu-exit");
        waitUntil("the prompt again", () -> showing(robot, "#unsaved-prompt"));
        click(robot, "#unsaved-dont-save");
        waitUntil("closed", () -> !stage.isShowing());
        waitUntil("the changes are given up: no recovery next time", () -> !Files.exists(recovery.path()));
    }

    @Test
    void aPresetSwitchWithUnsavedChangesAsksFirst(FxRobot robot) throws Exception {
        firstFrame();
        edit(robot, "Mine");
        robot.clickOn("#mode-development");
        waitUntil("the prompt", () -> showing(robot, "#unsaved-prompt"));
        click(robot, "#unsaved-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Mine", doc().topology().name());
        assertTrue(robot.lookup("#mode-production").queryAs(ToggleButton.class).isSelected(), "the mode in force");

        robot.clickOn("#mode-development");
        waitUntil("the prompt", () -> showing(robot, "#unsaved-prompt"));
        click(robot, "#unsaved-dont-save");
        waitUntil("development is the document", () -> doc().topology().mode() == Mode.DEVELOPMENT);
        assertFalse(doc().isDirty());
    }

    @Test
    void anAutosaveFromACrashedSessionIsOfferedAndRecoveredAsUnsaved(FxRobot robot) throws Exception {
        firstFrame();
        Path original = dir.resolve("lab.dstopo");
        Topology unsaved = rename("Lab, half done").change().apply(Presets.topology(Mode.PRODUCTION));
        Instant at = Instant.parse("2026-11-27T07:42:00Z");
        recovery.write(new RecoveryStore.Recovery(unsaved, original, at));

        robot.interact(window.files()::offerRecovery);
        waitUntil("the offer", () -> showing(robot, "#recovery-offer"));
        String when = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault()).format(at);
        assertEquals("Recover unsaved changes to lab.dstopo from " + when + "?",
                robot.lookup("#recovery-offer").queryAs(DialogPane.class).getHeaderText());
        click(robot, "#recovery-recover");
        waitUntil("recovered", () -> doc().topology().equals(unsaved));
        assertTrue(doc().isDirty(), "recovered changes are unsaved");
        assertEquals(original, doc().file().orElseThrow(), "the file they belong to is remembered");
        assertEquals("*lab.dstopo - DevOps Simulator", title());
    }

    @Test
    void theImportMappingCanBeEditedBeforeTheTopologyIsMade(FxRobot robot) throws Exception {
        firstFrame();
        Path project = Files.createDirectories(dir.resolve("shop"));
        Files.writeString(project.resolve("compose.yaml"), """
                services:
                  proxy:
                    image: nginx:1.27
                    ports: ["80:80"]
                    depends_on: [api]
                  api:
                    build: ./api
                    environment:
                      DATABASE_URL: postgres://db:5432/shop
                    depends_on: [db]
                  db:
                    image: postgres:16
                  metrics:
                    image: prom/prometheus:v2.51.0
                  worker:
                    image: example/queue-worker:1.0
                """);
        answers.add(List.of(project.resolve("compose.yaml")));
        shortcut(robot, KeyCode.I);
        waitUntil("the import dialog", () -> showing(robot, "#import-dialog"));
        Supplier<ComboBox<ServiceKind>> worker = () -> {
            @SuppressWarnings("unchecked")
            ComboBox<ServiceKind> box = robot.lookup("#import-kind-worker").queryAs(ComboBox.class);
            return box;
        };
        waitUntil("the mapping is shown", () -> robot.lookup("#import-kind-worker").tryQuery().isPresent());
        assertEquals(ServiceKind.APP, worker.get().getValue(), "an unknown image is an app service");
        click(robot, "#import-kind-worker");
        waitUntil("the kinds are listed", () -> robot.lookup("Redis cache").tryQuery().isPresent());
        robot.clickOn("Redis cache");
        waitUntil("the worker becomes a cache", () -> doc() != null && robot.lookup("#import-kind-worker")
                .queryAllAs(ComboBox.class).stream().anyMatch(b -> b.getValue() == ServiceKind.REDIS));
        WaitForAsyncUtils.waitForFxEvents();
        click(robot, "#import-use-metrics");
        click(robot, "#import-create");

        waitUntil("the imported topology is the document", () -> doc().topology().node("worker").isPresent());
        Topology t = doc().topology();
        assertTrue(t.node("worker").orElseThrow() instanceof RedisNode, "the kind chosen in the mapping");
        assertTrue(t.node("metrics").isEmpty(), "left out");
        assertTrue(t.node("db").isPresent() && t.node("proxy").isPresent());
        assertTrue(doc().isDirty() && doc().file().isEmpty(), "a new, unsaved document");
        assertTrue(title().startsWith("*shop"), title());
        waitUntil("it runs", () -> opened.session.latest().topology() == t);
    }

    @Test
    void prometheusRulesAreReportedAndAddedToTheRun(FxRobot robot) throws Exception {
        firstFrame();
        Path rules = dir.resolve("rules.yml");
        Files.writeString(rules, """
                groups:
                  - name: class
                    rules:
                      - alert: ApiAnyLatency
                        expr: devopssim_latency_p95_seconds{node="api"} > 0
                        for: 0m
                        labels: {severity: warning}
                      - record: job:requests:rate5m
                        expr: sum(rate(http_requests_total[5m]))
                """);
        answers.add(List.of(rules));
        shortcut(robot, KeyCode.I);
        waitUntil("the rule report", () -> showing(robot, "#import-rules"));
        assertEquals("1 of 2 alerting rules of rules.yml map to simulated rules.",
                robot.lookup("#import-rules").queryAs(DialogPane.class).getHeaderText());
        click(robot, "#import-rules-add");
        waitUntil("the run restarted with the rule", () -> importedRules.rules().size() == 1
                && opened.session.latest().second() == 0);
        robot.clickOn("#speed-600x");
        robot.clickOn("#play");
        waitUntil("the imported rule fires", () -> opened.session.alerts() != null && opened.session.alerts().firing()
                .stream().anyMatch(a -> a.name().equals("ApiAnyLatency")));
    }

    @Test
    void exportWritesADecodablePngAndAnSvgWithTheNodeNames(FxRobot robot) throws Exception {
        firstFrame();
        Path png = dir.resolve("view.png");
        answers.add(List.of(png));
        fire(robot, "menu-export-png");
        waitUntil("the PNG", () -> Files.exists(png));
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, "decodes as PNG");
        assertTrue(image.getWidth() > 1000 && image.getHeight() > 400, image.getWidth() + "x" + image.getHeight());

        Path svg = dir.resolve("view.svg");
        answers.add(List.of(svg));
        fire(robot, "menu-export-svg");
        waitUntil("the SVG", () -> Files.exists(svg));
        var xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", xml.getDocumentElement().getNodeName());
        String text = xml.getDocumentElement().getTextContent();
        for (String name : List.of("Prometheus", "Grafana", "AWS us-east-1")) {
            assertTrue(text.contains(name), name + " in " + text);
        }
        assertTrue(xml.getElementsByTagName("rect").getLength() > 10, "cards and containers are shapes");
        assertTrue(xml.getElementsByTagName("line").getLength() > 5, "links are lines");
    }

    @Test
    void aTraceIsPreviewedWithItsFiguresThenReplayedAsLoad(FxRobot robot) throws Exception {
        firstFrame();
        StringBuilder csv = new StringBuilder("timestamp,value\n");
        for (int i = 0; i < 120; i++) {
            if (i >= 50 && i < 53) {
                continue; // a gap of four steps
            }
            csv.append("2026-01-05 %02d:%02d:00,%d\n".formatted(i / 60, i % 60, 100 + (i % 30) * 10));
        }
        Path trace = dir.resolve("load.csv");
        Files.writeString(trace, csv);
        answers.add(List.of(trace));
        fire(robot, "menu-replay-trace");
        waitUntil("the preview", () -> showing(robot, "#trace-dialog"));
        assertEquals("117", robot.lookup("#trace-rows-read").queryAs(Label.class).getText());
        assertEquals("100 / 390", robot.lookup("#trace-min-max").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#trace-gaps-bridged").queryAs(Label.class).getText().startsWith("1 "));
        assertEquals("1 h 59 min", robot.lookup("#trace-span").queryAs(Label.class).getText().replace(" (then it loops)", ""));
        click(robot, "#trace-apply");
        waitUntil("replayed", () -> doc().topology().nodes().stream()
                .anyMatch(n -> n instanceof TrafficSource s && s.trace() != null));
        assertTrue(doc().isDirty());
        waitUntil("the run replays it", () -> opened.session.latest().topology() == doc().topology());

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "timestamp,value\n2026-01-05 00:00:00,1\n2026-01-05 00:01:00,2\n2026-01-05 00:02:00,lots\n");
        answers.add(List.of(bad));
        fire(robot, "menu-replay-trace");
        waitUntil("the error", () -> showing(robot, "#file-error"));
        String text = robot.lookup("#file-error-text").queryAs(Label.class).getText();
        assertTrue(text.contains("line 4") && text.contains("bad.csv"), text);
    }
}
