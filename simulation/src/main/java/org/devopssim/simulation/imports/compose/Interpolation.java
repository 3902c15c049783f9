package org.devopssim.simulation.imports.compose;

import java.util.Map;
import org.devopssim.simulation.imports.ImportLog;
import org.devopssim.simulation.imports.Origin;

/**
 * Compose's variable substitution: {@code $VAR}, {@code ${VAR}}, {@code ${VAR:-default}} (unset or
 * empty), {@code ${VAR-default}} (unset), {@code ${VAR:?message}} / {@code ${VAR?message}}
 * (required), {@code ${VAR:+alt}} / {@code ${VAR+alt}}, and {@code $$} for a literal dollar.
 * Defaults may themselves contain variables. An unresolved variable becomes empty and is
 * reported, as Compose does with a warning.
 */
public final class Interpolation {

    private final Map<String, String> variables;
    private final ImportLog log;

    public Interpolation(Map<String, String> variables, ImportLog log) {
        this.variables = variables;
        this.log = log;
    }

    public String apply(String text, Origin origin) {
        if (text.indexOf('$') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (ch != '$' || i + 1 >= text.length()) {
                out.append(ch);
                i++;
                continue;
            }
            char next = text.charAt(i + 1);
            if (next == '$') {
                out.append('$');
                i += 2;
            } else if (next == '{') {
                int end = closingBrace(text, i + 2);
                if (end < 0) {
                    log.warn(origin, "unclosed '${' in '" + text + "'; kept as written");
                    out.append(text.substring(i));
                    break;
                }
                out.append(braced(text.substring(i + 2, end), origin));
                i = end + 1;
            } else if (Character.isLetter(next) || next == '_') {
                int end = i + 1;
                while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                    end++;
                }
                out.append(lookup(text.substring(i + 1, end), origin));
                i = end;
            } else {
                out.append(ch);
                i++;
            }
        }
        return out.toString();
    }

    private static int closingBrace(String text, int from) {
        int depth = 1;
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '{') {
                depth++;
            } else if (text.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private String braced(String expr, Origin origin) {
        int n = 0;
        while (n < expr.length() && (Character.isLetterOrDigit(expr.charAt(n)) || expr.charAt(n) == '_')) {
            n++;
        }
        String name = expr.substring(0, n);
        String rest = expr.substring(n);
        String value = variables.get(name);
        if (rest.isEmpty()) {
            return lookup(name, origin);
        }
        boolean colon = rest.startsWith(":");
        String op = colon ? rest.substring(1, Math.min(2, rest.length())) : rest.substring(0, 1);
        String arg = rest.substring(colon ? 2 : 1);
        boolean unset = value == null || colon && value.isEmpty();
        return switch (op) {
            case "-" -> unset ? apply(arg, origin) : value;
            case "+" -> unset ? "" : apply(arg, origin);
            case "?" -> {
                if (unset) {
                    log.warn(origin, "required variable " + name + " is not set" + (arg.isEmpty() ? "" : ": " + arg)
                            + "; substituted an empty value");
                    yield "";
                }
                yield value;
            }
            default -> {
                log.warn(origin, "cannot read '${" + expr + "}'; substituted an empty value");
                yield "";
            }
        };
    }

    private String lookup(String name, Origin origin) {
        String value = variables.get(name);
        if (value == null) {
            log.warn(origin, "variable " + name + " is not set (no .env entry); substituted an empty value");
            return "";
        }
        return value;
    }
}
