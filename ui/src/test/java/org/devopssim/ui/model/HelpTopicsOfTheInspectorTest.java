package org.devopssim.ui.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.devopssim.simulation.help.Glossary;
import org.devopssim.simulation.model.Mode;
import org.devopssim.simulation.model.Node;
import org.devopssim.ui.Presets;
import org.junit.jupiter.api.Test;

/** Every "?" the inspector can show leads to a glossary entry. */
class HelpTopicsOfTheInspectorTest {

    private final Glossary glossary = Presets.glossary();

    @Test
    void everyLiveFigureIsExplained() {
        for (LiveFigure f : LiveFigure.values()) {
            assertTrue(glossary.contains(f.helpTopic()), f + " -> " + f.helpTopic());
        }
    }

    @Test
    void everyConfigurationTopicOfThePresetsIsExplained() {
        for (Mode mode : Mode.values()) {
            var topology = Presets.topology(mode);
            for (Node node : topology.nodes()) {
                for (InspectorRow row : NodeConfiguration.rows(node, topology)) {
                    assertTrue(row.helpTopic() == null || glossary.contains(row.helpTopic()),
                            mode + " " + node.id() + " " + row.label() + " -> " + row.helpTopic());
                }
            }
        }
    }
}
