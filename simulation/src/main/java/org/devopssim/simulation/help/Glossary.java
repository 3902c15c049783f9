package org.devopssim.simulation.help;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.devopssim.simulation.events.SimEvent;

/** The explanations of the app, by id, in file order, with a search and a lookup for log events. */
public final class Glossary {

    private static final String FIRING = "FIRING ";
    private final Map<String, GlossaryEntry> byId = new LinkedHashMap<>();
    private final Map<String, GlossaryEntry> byEventKind = new LinkedHashMap<>();

    public Glossary(List<GlossaryEntry> entries) {
        for (GlossaryEntry e : entries) {
            if (byId.putIfAbsent(e.id(), e) != null) {
                throw new IllegalArgumentException("two glossary entries with the id " + e.id());
            }
            for (String kind : e.eventKinds()) {
                byEventKind.putIfAbsent(kind, e);
            }
        }
    }

    public List<GlossaryEntry> entries() {
        return List.copyOf(byId.values());
    }

    public Optional<GlossaryEntry> entry(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** Entries matching every word of the query, those whose title matches first, then in file order. */
    public List<GlossaryEntry> search(String query) {
        List<GlossaryEntry> hits = new ArrayList<>();
        for (GlossaryEntry e : byId.values()) {
            if (e.matches(query)) {
                hits.add(e);
            }
        }
        hits.sort(Comparator.comparing((GlossaryEntry e) -> !e.titleMatches(query)));
        return hits;
    }

    /**
     * The explanation that fits a log event best: the alert itself for a firing alert, the fault
     * for an injected fault, else the entry that lists the event's kind.
     */
    public Optional<GlossaryEntry> explain(SimEvent event) {
        String message = event.message() == null ? "" : event.message();
        if ("alert-firing".equals(event.kind()) && message.startsWith(FIRING)) {
            String name = firstWord(message.substring(FIRING.length()));
            Optional<GlossaryEntry> alert = entry(HelpTopics.alert(name));
            if (alert.isPresent()) {
                return alert;
            }
        }
        if ("fault-injected".equals(event.kind())) {
            Optional<GlossaryEntry> fault = entry("fault:" + firstWord(message));
            if (fault.isPresent()) {
                return fault;
            }
        }
        return Optional.ofNullable(byEventKind.get(event.kind()));
    }

    private static String firstWord(String s) {
        int space = s.indexOf(' ');
        return space < 0 ? s : s.substring(0, space);
    }
}
