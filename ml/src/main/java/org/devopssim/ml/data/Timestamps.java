package org.devopssim.ml.data;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;

/** NAB-style timestamps: {@code YYYY-MM-DD HH:MM:SS[.ffffff]}, no zone, read as UTC. */
public final class Timestamps {

    private static final DateTimeFormatter READ = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd")
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendLiteral('T').optionalEnd()
            .appendPattern("HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter();
    private static final DateTimeFormatter WRITE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Timestamps() {
    }

    /** @throws DateTimeParseException when the text is not a timestamp of that shape */
    public static long parseEpochSeconds(String text) {
        return LocalDateTime.parse(text.trim(), READ).toEpochSecond(ZoneOffset.UTC);
    }

    public static String format(long epochSeconds) {
        return WRITE.format(LocalDateTime.ofEpochSecond(epochSeconds, 0, ZoneOffset.UTC));
    }
}
