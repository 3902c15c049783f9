package org.devopssim.app.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code --name value} options of the ML subcommands; unknown or valueless options are usage errors. */
final class MlOptions {

    /** A usage error: printed as one line, exit code {@link Subcommand#BAD_INPUT}. */
    static final class UsageError extends Exception {
        UsageError(String message) {
            super(message);
        }
    }

    private final Map<String, String> values = new HashMap<>();
    private final boolean help;

    private MlOptions(boolean help) {
        this.help = help;
    }

    static MlOptions parse(List<String> args, Set<String> names) throws UsageError {
        MlOptions options = new MlOptions(args.contains("--help") || args.contains("-h"));
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--help") || arg.equals("-h")) {
                continue;
            }
            if (!arg.startsWith("--")) {
                throw new UsageError("unexpected argument '" + arg + "'");
            }
            String name = arg.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (!names.contains(name)) {
                throw new UsageError("unknown option --" + name);
            }
            if (value == null) {
                if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                    throw new UsageError("option --" + name + " needs a value");
                }
                value = args.get(++i);
            }
            options.values.put(name, value);
        }
        return options;
    }

    boolean help() {
        return help;
    }

    String require(String name) throws UsageError {
        String v = values.get(name);
        if (v == null) {
            throw new UsageError("missing required option --" + name);
        }
        return v;
    }

    String get(String name) {
        return values.get(name);
    }

    double doubleValue(String name) throws UsageError {
        String v = require(name);
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new UsageError("option --" + name + " expects a number, got '" + v + "'");
        }
    }

    int intValue(String name, int fallback) throws UsageError {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageError("option --" + name + " expects a positive whole number, got '" + v + "'");
        }
    }

    /** A duration like {@code 90s}, {@code 10m}, {@code 2h}, {@code 1d}, in seconds. */
    long durationSeconds(String name) throws UsageError {
        String v = require(name).trim();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)([smhd])").matcher(v);
        if (!m.matches()) {
            throw new UsageError("option --" + name + " expects a duration like 10m, 2h or 1d, got '" + v + "'");
        }
        long n = Long.parseLong(m.group(1));
        return n * switch (m.group(2)) {
            case "s" -> 1L;
            case "m" -> 60L;
            case "h" -> 3_600L;
            default -> 86_400L;
        };
    }
}
