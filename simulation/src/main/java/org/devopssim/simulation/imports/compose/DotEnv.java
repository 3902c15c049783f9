package org.devopssim.simulation.imports.compose;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.devopssim.simulation.imports.ImportException;
import org.devopssim.simulation.imports.ImportLog;
import org.devopssim.simulation.imports.Origin;

/**
 * A Compose {@code .env} file: {@code KEY=value} lines, {@code #} comments, optional
 * {@code export}, single quotes literal, double quotes with escapes, inline {@code " #"} comments
 * on unquoted values.
 */
public final class DotEnv {

    private DotEnv() {
    }

    /** The variables of the file, or none when it does not exist. */
    public static Map<String, String> read(Path file, ImportLog log) throws ImportException {
        Map<String, String> vars = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return vars;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ImportException(new Origin(file.toString(), 0), "cannot read: " + e.getMessage());
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            Origin origin = new Origin(file.toString(), i + 1);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("export ")) {
                line = line.substring(7).strip();
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                log.warn(origin, "not a KEY=value line; ignored");
                continue;
            }
            String key = line.substring(0, eq).strip();
            vars.put(key, value(line.substring(eq + 1).strip()));
        }
        log.note(new Origin(file.toString(), 0), "read " + vars.size() + " variables for ${...} substitution");
        return vars;
    }

    private static String value(String raw) {
        if (raw.length() >= 2 && raw.startsWith("'") && raw.indexOf('\'', 1) > 0) {
            return raw.substring(1, raw.indexOf('\'', 1));
        }
        if (raw.length() >= 2 && raw.startsWith("\"")) {
            StringBuilder sb = new StringBuilder();
            for (int i = 1; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c == '\\' && i + 1 < raw.length()) {
                    char n = raw.charAt(++i);
                    sb.append(switch (n) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        default -> n;
                    });
                } else if (c == '"') {
                    break;
                } else {
                    sb.append(c);
                }
            }
            return sb.toString();
        }
        int comment = raw.indexOf(" #");
        return (comment >= 0 ? raw.substring(0, comment) : raw).strip();
    }
}
