package org.devopssim.simulation.help;

import java.util.List;
import java.util.Locale;

/**
 * One explanation for students.
 *
 * @param id         a stable key: {@code <family>:<name>}, e.g. {@code metric:latency-p95}, {@code kind:postgres}
 * @param title      what the thing is called
 * @param shortText  one to three sentences: what it is, why it matters, what good and bad values look like
 * @param longText   the fuller explanation, for the glossary
 * @param eventKinds event kinds of the log that this entry explains (e.g. {@code failover})
 */
public record GlossaryEntry(String id, String title, String shortText, String longText, List<String> eventKinds) {

    public GlossaryEntry {
        eventKinds = eventKinds == null ? List.of() : List.copyOf(eventKinds);
    }

    /** The part of the id before the colon, e.g. {@code metric}. */
    public String family() {
        return id.substring(0, id.indexOf(':'));
    }

    /** Whether every word of the query occurs in the title, the id or the texts (case-insensitive). */
    public boolean matches(String query) {
        String q = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return true;
        }
        String haystack = (title + "\n" + id + "\n" + shortText + "\n" + longText).toLowerCase(Locale.ROOT);
        for (String word : q.split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Title matches rank before text matches in a search. */
    public boolean titleMatches(String query) {
        String q = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        return !q.isEmpty() && title.toLowerCase(Locale.ROOT).contains(q);
    }
}
