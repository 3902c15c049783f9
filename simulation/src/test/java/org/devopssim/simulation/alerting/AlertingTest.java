package org.devopssim.simulation.alerting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.devopssim.simulation.Fixtures;
import org.devopssim.simulation.engine.Action;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.events.Severity;
import org.devopssim.simulation.events.SimEvent;
import org.devopssim.simulation.metrics.Metric;
import org.devopssim.simulation.model.Mode;
import org.junit.jupiter.api.Test;

class AlertingTest {

    /** users -> lb -> api (2 x 100 req/s) -> db at 300 req/s: the queue fills, after 60 s a third fails. */
    private static Simulation overloaded() {
        return new Simulation(Fixtures.chain(300, 2), 7, Fixtures.prices());
    }

    private static List<SimEvent> events(Simulation sim, String kind) {
        return sim.eventLog().all().stream().filter(e -> e.kind().equals(kind)).toList();
    }

    @Test
    void overloadGoesPendingThenFiresAfterTheForDurationThenResolvesAfterScalingOut() {
        Simulation sim = overloaded();
        Alerting alerting = Alerting.attach(sim, Packs.emailing(Packs.apiErrors()));

        sim.advance(55);
        assertTrue(alerting.view().alerts().isEmpty(), "no errors while the queue still has room");

        sim.advance(30);
        Alert pending = alerting.view().alerts().getFirst();
        assertEquals(AlertState.PENDING, pending.state());
        assertEquals("api", pending.nodeId());
        assertNull(pending.firingSince());
        assertTrue(pending.value() > 30 && pending.value() < 34, "a third fails: " + pending.value());

        sim.advance(60);
        Alert firing = alerting.view().firing().getFirst();
        assertEquals(pending.since() + 60, firing.firingSince());
        assertEquals(1, alerting.view().firedTotal());
        assertEquals(1, events(sim, "alert-firing").size());
        assertEquals(Severity.CRITICAL, events(sim, "alert-firing").getFirst().severity());
        Notification.Email email = alerting.view().outbox().getFirst();
        assertEquals("oncall@test", email.to());
        assertEquals("[FIRING:critical] HighErrorRate on api", email.subject());
        assertTrue(email.body().contains("api fails 33"), email.body());

        sim.apply(new Action.Scale("api", 5));
        sim.advance(120);
        AlertView after = alerting.view();
        assertTrue(after.alerts().isEmpty(), "resolved once the new instances drained the queue: " + after.alerts());
        Alert resolved = after.resolved().getFirst();
        assertEquals(AlertState.RESOLVED, resolved.state());
        assertTrue(resolved.resolvedAt() > firing.firingSince());
        assertEquals(1, events(sim, "alert-resolved").size());
        assertEquals(2, after.outbox().size());
        assertEquals("[RESOLVED] HighErrorRate on api", after.outbox().get(1).subject());
    }

    @Test
    void aConditionThatStopsWhilePendingNeverFires() {
        Simulation sim = overloaded();
        AlertRule slow = new AlertRule("Errors", Metric.ERROR_RATE, new Target.NodeId("api"), Comparison.ABOVE, 5,
                600, Severity.WARNING, null);
        Alerting alerting = Alerting.attach(sim, Packs.emailing(slow));
        sim.advance(90);
        assertEquals(AlertState.PENDING, alerting.view().alerts().getFirst().state());
        sim.apply(new Action.Scale("api", 5));
        sim.advance(120);
        assertTrue(alerting.view().alerts().isEmpty());
        assertTrue(alerting.view().resolved().isEmpty(), "a pending alert is dropped, not resolved");
        assertEquals(0, alerting.view().firedTotal());
        assertTrue(events(sim, "alert-firing").isEmpty());
        assertTrue(alerting.view().notifications().isEmpty());
    }

    @Test
    void aSilenceHoldsBackTheNotificationUntilItEnds() {
        Simulation sim = overloaded();
        Alerting alerting = Alerting.attach(sim, Packs.emailing(Packs.apiErrors()));
        alerting.addSilence(new Silence("HighErrorRate", "api", 200, "planned load test"));
        sim.advance(190);
        Alert firing = alerting.view().firing().getFirst();
        assertTrue(firing.silenced());
        assertTrue(alerting.view().outbox().isEmpty(), "muted");
        assertEquals(1, events(sim, "alert-firing").size(), "the log still records it");
        sim.advance(20);
        assertFalse(alerting.view().firing().getFirst().silenced());
        assertEquals(1, alerting.view().outbox().size());
        assertEquals(200, alerting.view().outbox().getFirst().time());
    }

    @Test
    void aSilenceForAnotherNodeDoesNotMute() {
        Simulation sim = overloaded();
        Alerting alerting = Alerting.attach(sim, Packs.emailing(Packs.apiErrors()));
        alerting.addSilence(new Silence(null, "db", 10_000, null));
        sim.advance(190);
        assertEquals(1, alerting.view().outbox().size());
    }

    @Test
    void customRulesAddedDuringARunTakeEffect() {
        Simulation sim = overloaded();
        Alerting alerting = Alerting.attach(sim, RulePack.empty(Mode.PRODUCTION));
        sim.advance(10);
        alerting.addRule(new AlertRule("BusyLb", Metric.REQUEST_RATE, new Target.Kind(
                org.devopssim.simulation.model.NodeKind.LOAD_BALANCER), Comparison.AT_OR_ABOVE, 300, 0,
                Severity.INFO, null));
        sim.advance(1);
        Alert a = alerting.view().firing().getFirst();
        assertEquals("lb", a.nodeId());
        assertEquals(10, a.firingSince());
        assertEquals("lb: Request rate 300 >= 300 req/s", a.summary());
    }

    @Test
    void channelsFollowTheTopologysMonitoringNodes() {
        assertEquals(List.of(Channel.EMAIL), channelsOf("production"));
        assertEquals(List.of(Channel.CONSOLE), channelsOf("development"));
        assertEquals(List.of(Channel.AI_ANOMALY), channelsOf("experimental"));
    }

    private static List<Channel> channelsOf(String preset) {
        var topology = Fixtures.preset(preset);
        return Alerting.channels(topology, Packs.bundled(topology.mode()));
    }

    @Test
    void developmentGetsConsoleWarningsOnly() {
        Simulation sim = Fixtures.simulation("development", 3);
        AlertRule always = new AlertRule("Traffic", Metric.REQUEST_RATE, new Target.SystemWide(),
                Comparison.AT_OR_ABOVE, 0, 0, Severity.WARNING, "traffic flows");
        Alerting alerting = Alerting.attach(sim, Packs.emailing(always));
        sim.advance(2);
        AlertView view = alerting.view();
        assertTrue(view.outbox().isEmpty());
        assertEquals(1, view.consoleWarnings().size());
        assertEquals("[00:00:00] WARN [FIRING:warning] Traffic on system: traffic flows",
                view.consoleWarnings().getFirst().line());
        assertNull(events(sim, "alert-firing").getFirst().nodeId(), "system-wide alerts concern no node");
    }

    @Test
    void sameSeedSameAlertsAndMessages() {
        AlertView a = run(11);
        AlertView b = run(11);
        assertEquals(a, b);
        assertFalse(a.notifications().isEmpty());
    }

    private static AlertView run(long seed) {
        Simulation sim = new Simulation(Fixtures.chain(300, 2), seed, Fixtures.prices());
        Alerting alerting = Alerting.attach(sim, Packs.bundled(Mode.PRODUCTION));
        sim.advance(400);
        sim.apply(new Action.Scale("api", 5));
        sim.advance(600);
        return alerting.view();
    }

    @Test
    void theViewIsImmutableAndReadableFromAnotherThreadDuringTheRun() throws Exception {
        Simulation sim = overloaded();
        Alerting alerting = Alerting.attach(sim, Packs.bundled(Mode.PRODUCTION));
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            long last = -1;
            try {
                while (!done.get()) {
                    AlertView v = alerting.view();
                    if (v.second() < last) {
                        throw new AssertionError("view went back in time");
                    }
                    last = v.second();
                    v.firing().forEach(x -> assertNotNull(x.firingSince()));
                    v.outbox().forEach(m -> assertNotNull(m.subject()));
                    v.slos().forEach(s -> assertNotNull(s.service()));
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        reader.start();
        sim.advance(900);
        done.set(true);
        reader.join();
        assertNull(failure.get());
        AlertView v = alerting.view();
        assertThrows(UnsupportedOperationException.class, () -> v.alerts().clear());
        assertThrows(UnsupportedOperationException.class, () -> v.notifications().clear());
        assertFalse(v.firing().isEmpty());
    }
}
