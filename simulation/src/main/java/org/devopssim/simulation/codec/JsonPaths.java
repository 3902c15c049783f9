package org.devopssim.simulation.codec;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;

/** The JSON path ({@code $.nodes[3].capacity}) of a Jackson mapping problem, for messages. */
public final class JsonPaths {

    private JsonPaths() {
    }

    public static String of(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder("$");
        for (JsonMappingException.Reference r : refs) {
            if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            } else if (r.getFieldName() != null) {
                sb.append('.').append(r.getFieldName());
            }
        }
        return sb.toString();
    }
}
