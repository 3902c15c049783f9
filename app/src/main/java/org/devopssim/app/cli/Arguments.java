package org.devopssim.app.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parsed {@code --name value} options and {@code --flag}s of one subcommand. Unknown options and
 * missing values are bad input, reported by name.
 */
public final class Arguments {

    /** Bad command-line input: the launcher prints the message and exits with code 2. */
    public static final class BadInput extends Exception {
        public BadInput(String message) {
            super(message);
        }
    }

    private final Map<String, String> options = new HashMap<>();
    private final List<String> positional = new ArrayList<>();
    private final Set<String> flags;

    private Arguments(Set<String> flags) {
        this.flags = flags;
    }

    /**
     * @param valued the options that take a value
     * @param flags  the options that take none
     */
    public static Arguments parse(List<String> args, Set<String> valued, Set<String> flags) throws BadInput {
        Arguments a = new Arguments(flags);
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--")) {
                String name = arg.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (flags.contains(name)) {
                    a.options.put(name, "true");
                } else if (valued.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= args.size()) {
                            throw new BadInput("option --" + name + " needs a value");
                        }
                        value = args.get(++i);
                    }
                    a.options.put(name, value);
                } else {
                    throw new BadInput("unknown option --" + name);
                }
            } else {
                a.positional.add(arg);
            }
        }
        return a;
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(options.get(name));
    }

    public String require(String name) throws BadInput {
        return get(name).orElseThrow(() -> new BadInput("missing required option --" + name));
    }

    public boolean flag(String name) {
        if (!flags.contains(name)) {
            throw new IllegalArgumentException("not a flag: " + name);
        }
        return options.containsKey(name);
    }

    public long longValue(String name, long fallback) throws BadInput {
        String v = options.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new BadInput("option --" + name + " expects a whole number, got '" + v + "'");
        }
    }

    public double doubleValue(String name) throws BadInput {
        String v = require(name);
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new BadInput("option --" + name + " expects a number, got '" + v + "'");
        }
    }

    public int positiveInt(String name, int fallback) throws BadInput {
        String v = options.get(name);
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
            throw new BadInput("option --" + name + " expects a positive whole number, got '" + v + "'");
        }
    }

    /** A duration such as {@code 90s}, {@code 10m}, {@code 2h}, {@code 1d} or {@code 01:30:00}, in seconds. */
    public long durationSeconds(String name) throws BadInput {
        try {
            return org.devopssim.simulation.scenario.Durations.parseSeconds(require(name));
        } catch (IllegalArgumentException e) {
            throw new BadInput("option --" + name + ": " + e.getMessage());
        }
    }

    /** Refuses arguments that are not options, for commands that take none. */
    public Arguments noPositional() throws BadInput {
        if (!positional.isEmpty()) {
            throw new BadInput("unexpected argument '" + positional.getFirst() + "'");
        }
        return this;
    }

    public List<String> positional() {
        return List.copyOf(positional);
    }
}
