package org.devopssim.ui.exercise;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * A class's results as CSV (RFC 4180: comma separated, CRLF line ends, fields quoted when they hold
 * a comma, quote or line break). A cell that a spreadsheet would run as a formula (starting with
 * =, +, - or @) is prefixed with an apostrophe: names are typed by students.
 */
public final class ClassResultsCsv {

    public static final String HEADER = "attempt,exercise,title,name,finished,score";

    private ClassResultsCsv() {
    }

    /** @param titles an exercise's title by its id (the id itself when unknown) */
    public static String write(List<AttemptStore.Summary> rows, Function<String, String> titles) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (AttemptStore.Summary r : rows) {
            csv.append(r.id()).append(',').append(cell(r.exerciseId())).append(',').append(cell(titles.apply(r.exerciseId())))
                    .append(',').append(cell(r.profile())).append(',')
                    .append(DateTimeFormatter.ISO_INSTANT.format(r.finished())).append(',').append(r.score()).append("\r\n");
        }
        return csv.toString();
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        boolean quote = v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r");
        return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
