package org.devopssim.simulation.imports.compose;

import java.util.ArrayList;
import java.util.List;
import org.devopssim.simulation.imports.ImportException;
import org.devopssim.simulation.imports.ImportLog;
import org.devopssim.simulation.imports.Origin;
import org.devopssim.simulation.imports.yaml.YamlMap;
import org.devopssim.simulation.imports.yaml.YamlNode;
import org.devopssim.simulation.imports.yaml.YamlScalar;

/**
 * Compose {@code ports} and {@code expose}: the short syntax {@code [[IP:]HOST:]CONTAINER[/PROTO]}
 * with ranges ({@code "9090-9091:8080-8081"}) and IPv6 hosts ({@code "[::1]:80:80"}), and the long
 * syntax ({@code target}, {@code published}, {@code host_ip}, {@code protocol}).
 */
public final class ComposePorts {

    /** A range longer than this is cut: a node with thousands of ports helps nobody. */
    static final int MAX_RANGE = 100;

    private ComposePorts() {
    }

    public static List<PortMapping> ports(List<YamlNode> items, ImportLog log) throws ImportException {
        List<PortMapping> out = new ArrayList<>();
        for (YamlNode item : items) {
            switch (item) {
                case YamlScalar s -> out.addAll(shortSyntax(s.text().trim(), s.origin(), log));
                case YamlMap m -> out.addAll(longSyntax(m, log));
                default -> throw new ImportException(item.origin(), "expected a port like \"8080:80\" or a mapping with 'target', got "
                        + item.describe());
            }
        }
        return out;
    }

    /** {@code expose}: container ports only, never published. */
    public static List<PortMapping> exposed(List<YamlNode> items, ImportLog log) throws ImportException {
        List<PortMapping> out = new ArrayList<>();
        for (YamlNode item : items) {
            if (!(item instanceof YamlScalar s)) {
                throw new ImportException(item.origin(), "expected a port number or range in 'expose', got " + item.describe());
            }
            String text = s.text().trim();
            String proto = "tcp";
            int slash = text.indexOf('/');
            if (slash >= 0) {
                proto = text.substring(slash + 1);
                text = text.substring(0, slash);
            }
            for (int p : range(text, s.origin(), log)) {
                out.add(new PortMapping(null, p, proto, false));
            }
        }
        return out;
    }

    private static List<PortMapping> shortSyntax(String spec, Origin origin, ImportLog log) throws ImportException {
        String text = spec;
        String proto = "tcp";
        int slash = text.lastIndexOf('/');
        if (slash >= 0) {
            proto = text.substring(slash + 1);
            text = text.substring(0, slash);
        }
        if (text.startsWith("[")) {
            int close = text.indexOf("]:");
            if (close < 0) {
                throw new ImportException(origin, "expected an IPv6 host like [::1]:8080:80, got '" + spec + "'");
            }
            text = text.substring(close + 2);
            if (text.split(":", -1).length == 1) {
                text = ":" + text; // "[::1]:80" has no host port: ephemeral
            }
        } else {
            String[] parts = text.split(":", -1);
            if (parts.length == 3) {
                text = parts[1] + ":" + parts[2]; // IP:HOST:CONTAINER; the IP only restricts who may connect
            } else if (parts.length > 3) {
                throw new ImportException(origin, "expected a port like \"8080:80\", got '" + spec + "'");
            }
        }
        String[] parts = text.split(":", -1);
        List<Integer> container = range(parts[parts.length - 1], origin, log);
        List<Integer> host = parts.length == 2 && !parts[0].isBlank() ? range(parts[0], origin, log) : null;
        if (host != null && host.size() != container.size() && container.size() != 1) {
            throw new ImportException(origin, "host range and container range differ in length in '" + spec + "'");
        }
        List<PortMapping> out = new ArrayList<>();
        if (host != null && container.size() == 1 && host.size() > 1) {
            // A host range for one container port: Compose picks one free port of the range.
            out.add(new PortMapping(host.getFirst(), container.getFirst(), proto, true));
            return out;
        }
        for (int i = 0; i < container.size(); i++) {
            out.add(new PortMapping(host == null ? null : host.get(i), container.get(i), proto, true));
        }
        return out;
    }

    private static List<PortMapping> longSyntax(YamlMap m, ImportLog log) throws ImportException {
        YamlScalar target = m.scalar("target");
        if (target == null) {
            throw new ImportException(m.origin(), "expected 'target' (the container port) in the long port syntax");
        }
        int port = checkPort(target.asInt("'target'"), target.origin());
        String proto = m.string("protocol") == null ? "tcp" : m.string("protocol");
        YamlScalar published = m.scalar("published");
        if (published == null) {
            // Long syntax without 'published' still publishes, on a port the engine picks.
            return List.of(new PortMapping(null, port, proto, true));
        }
        List<Integer> hosts = range(published.text().trim(), published.origin(), log);
        return List.of(new PortMapping(hosts.getFirst(), port, proto, true));
    }

    private static List<Integer> range(String text, Origin origin, ImportLog log) throws ImportException {
        String t = text.trim();
        int dash = t.indexOf('-');
        try {
            if (dash < 0) {
                return List.of(checkPort(Integer.parseInt(t), origin));
            }
            int from = checkPort(Integer.parseInt(t.substring(0, dash).trim()), origin);
            int to = checkPort(Integer.parseInt(t.substring(dash + 1).trim()), origin);
            if (to < from) {
                throw new ImportException(origin, "port range '" + text + "' ends before it starts");
            }
            List<Integer> ports = new ArrayList<>();
            for (int p = from; p <= to && ports.size() < MAX_RANGE; p++) {
                ports.add(p);
            }
            if (to - from + 1 > MAX_RANGE) {
                log.warn(origin, "port range " + text + " cut to its first " + MAX_RANGE + " ports");
            }
            return ports;
        } catch (NumberFormatException e) {
            throw new ImportException(origin, "expected a port number or range, got '" + text + "'");
        }
    }

    private static int checkPort(int p, Origin origin) throws ImportException {
        if (p < 1 || p > 65535) {
            throw new ImportException(origin, "expected a port from 1 to 65535, got " + p);
        }
        return p;
    }
}
