package org.devopssim.simulation.exercise;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.devopssim.simulation.engine.Action;
import org.devopssim.simulation.engine.TimedAction;
import org.devopssim.simulation.scenario.Durations;

/** Actions in words for timelines, debriefs and the exercise panel: {@code scale api instances=8}. */
public final class ActionText {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ActionText() {
    }

    public static String of(Action action) {
        ObjectNode fields = MAPPER.valueToTree(action);
        fields.remove("action");
        StringBuilder sb = new StringBuilder(action.actionName());
        JsonNode target = fields.remove("target");
        if (target != null && !target.isNull()) {
            sb.append(' ').append(target.asText());
        }
        List<String> rest = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : fields.properties()) {
            if (!e.getValue().isNull()) {
                rest.add(e.getKey() + "=" + (e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
            }
        }
        return rest.isEmpty() ? sb.toString() : sb + " " + String.join(" ", rest);
    }

    public static String of(TimedAction timed) {
        return Durations.format(timed.second()) + "  " + of(timed.action());
    }
}
