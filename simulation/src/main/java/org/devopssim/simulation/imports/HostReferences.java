package org.devopssim.simulation.imports;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds which known service names an environment variable points at: a URL's host
 * ({@code postgres://user@db:5432/app}, {@code jdbc:mysql://db/x}), a {@code host:port}, a DNS name
 * ({@code redis-master.default.svc.cluster.local}, {@code cassandra-0.cassandra}), or a bare name
 * when the variable's name says it holds a host ({@code WORDPRESS_DB_HOST=db}).
 */
public final class HostReferences {

    private static final Pattern URL = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*://(?:[^@/\\s]*@)?([^:/?#\\s,;]+)");
    private static final Pattern HOST_PORT = Pattern.compile("^([a-zA-Z0-9][a-zA-Z0-9.-]*):(\\d{1,5})$");
    private static final Pattern HOSTISH_NAME = Pattern.compile(
            ".*(HOST|ADDR|SERVER|URL|URI|DSN|ENDPOINT|BROKER|SEEDS|SERVICE|UPSTREAM|BACKEND|NODES).*");

    private HostReferences() {
    }

    /** The names among {@code known} that the variable refers to, in order of appearance. */
    public static Set<String> find(String variable, String value, Set<String> known) {
        Set<String> found = new LinkedHashSet<>();
        if (value == null || value.isBlank()) {
            return found;
        }
        boolean hostish = variable != null && HOSTISH_NAME.matcher(variable.toUpperCase(Locale.ROOT)).matches();
        Matcher url = URL.matcher(value);
        boolean sawUrl = false;
        while (url.find()) {
            sawUrl = true;
            match(url.group(1), known, found);
        }
        if (sawUrl) {
            return found;
        }
        for (String token : value.split("[,;\\s]+")) {
            if (token.isEmpty()) {
                continue;
            }
            Matcher hp = HOST_PORT.matcher(token);
            if (hp.matches()) {
                match(hp.group(1), known, found);
            } else if (token.contains(".") && token.matches("[a-zA-Z0-9.-]+") && !token.matches("[0-9.]+")) {
                if (hostish) {
                    match(token, known, found);
                }
            } else if (hostish) {
                match(token, known, found);
            }
        }
        return found;
    }

    /** A host names a service by itself, or as the first or second DNS label (pod.service...). */
    private static void match(String host, Set<String> known, Set<String> found) {
        String lower = host.toLowerCase(Locale.ROOT);
        String[] labels = lower.split("\\.");
        if (labels.length > 2 && !lower.contains(".svc")) {
            return; // a public DNS name such as api.example.com, not a service of this system
        }
        for (int i = 0; i < Math.min(2, labels.length); i++) {
            for (String name : known) {
                if (name.toLowerCase(Locale.ROOT).equals(labels[i])) {
                    found.add(name);
                    return;
                }
            }
        }
    }
}
