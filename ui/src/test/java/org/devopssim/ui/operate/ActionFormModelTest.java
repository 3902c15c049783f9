package org.devopssim.ui.operate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.devopssim.simulation.engine.Action;
import org.devopssim.simulation.engine.Fault;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.model.Delivery;
import org.devopssim.simulation.model.Mode;
import org.devopssim.simulation.model.Topology;
import org.devopssim.ui.Presets;
import org.junit.jupiter.api.Test;

class ActionFormModelTest {

    private final Topology production = Presets.topology(Mode.PRODUCTION);

    @Test
    void everyFaultOfTheCatalogueHasAForm() {
        Set<String> faults = Arrays.stream(Fault.class.getPermittedSubclasses())
                .map(c -> c.getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase()).collect(Collectors.toSet());
        Set<String> forms = Arrays.stream(ActionForm.values()).filter(ActionForm::isFault).map(ActionForm::actionName)
                .collect(Collectors.toSet());
        assertEquals(faults, forms);
    }

    @Test
    void eachFormBuildsTheActionItNames() {
        Topology experimental = Presets.topology(Mode.EXPERIMENTAL);
        for (ActionForm form : ActionForm.values()) {
            ActionFormModel model = new ActionFormModel(form, experimental, null);
            if (form == ActionForm.NETWORK_PARTITION) {
                model.targetProperty().set("aws-us-east-1");
                model.valueProperty("otherRegion").set("azure-westeurope");
            }
            Action action = model.action().orElseThrow(() -> new AssertionError(form + ": " + model.errorProperty().get()));
            assertEquals(form.actionName(), action.actionName());
        }
    }

    @Test
    void aFaultLastsUntilFixedOrForItsDuration() {
        ActionFormModel model = new ActionFormModel(ActionForm.DB_PRIMARY_CRASH, production, "db-primary");
        assertEquals(new Fault.DbPrimaryCrash("db-primary", null), model.action().orElseThrow());
        model.untilFixedProperty().set(false);
        model.durationProperty().set("5m");
        assertEquals(new Fault.DbPrimaryCrash("db-primary", 300), model.action().orElseThrow());
        model.durationProperty().set("soon");
        assertTrue(model.errorProperty().get().contains("expected a duration"), model.errorProperty().get());
        assertTrue(model.action().isEmpty());
    }

    @Test
    void theTargetMustSuitTheFault() {
        ActionFormModel model = new ActionFormModel(ActionForm.DB_PRIMARY_CRASH, production, "db-replica");
        assertTrue(model.errorProperty().get().startsWith("PostgreSQL primary crash needs a PostgreSQL primary; "),
                model.errorProperty().get());
        model.targetProperty().set("nope");
        assertEquals("no node 'nope' here", model.errorProperty().get());
        model.targetProperty().set("");
        assertEquals("", model.errorProperty().get(), "blank: the engine's default target");
    }

    @Test
    void numbersAreCheckedAgainstTheirRange() {
        ActionFormModel model = new ActionFormModel(ActionForm.SCALE, production, "api");
        model.valueProperty("instances").set("2.5");
        assertEquals("Instances must be a whole number", model.errorProperty().get());
        model.valueProperty("instances").set("-1");
        assertEquals("Instances must be from 0 to 10000", model.errorProperty().get());
        model.valueProperty("instances").set("6");
        assertEquals(new Action.Scale("api", 6), model.action().orElseThrow());
    }

    @Test
    void aBadReleaseIsADeployWithErrorsAndALatencyFactor() {
        ActionFormModel model = new ActionFormModel(ActionForm.DEPLOY, production, "api");
        model.valueProperty("version").set("v3");
        model.valueProperty("strategy").set("canary");
        model.valueProperty("errorRatePercent").set("20");
        model.valueProperty("latencyFactor").set("3");
        assertEquals(new Action.Deploy("api", "v3", Delivery.Strategy.CANARY, 20, 3), model.action().orElseThrow());
    }

    @Test
    void theMenuOffersOnlyFaultsTheEngineAccepts() {
        Simulation sim = new Simulation(production, 42, Presets.prices());
        for (var node : production.nodes()) {
            for (ActionForm form : ActionForm.faultsFor(node)) {
                ActionFormModel model = new ActionFormModel(form, production, node.id());
                if (form == ActionForm.NETWORK_PARTITION) {
                    continue;
                }
                sim.apply(model.action().orElseThrow());
            }
        }
        assertFalse(ActionForm.faultsFor(production.node("db-primary").orElseThrow()).isEmpty());
        assertTrue(ActionForm.faultsFor(production.node("db-primary").orElseThrow()).contains(ActionForm.DB_PRIMARY_CRASH));
        assertFalse(ActionForm.faultsFor(production.node("db-replica").orElseThrow()).contains(ActionForm.DB_PRIMARY_CRASH));
        assertNull(NodeCommand.operationsFor(production.node("db-primary").orElseThrow()).stream()
                .filter(c -> c.label().equals("Roll back")).findFirst().orElse(null));
    }
}
