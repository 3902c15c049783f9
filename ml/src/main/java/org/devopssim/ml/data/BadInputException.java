package org.devopssim.ml.data;

import java.nio.file.Path;

/** Input that cannot be used, with the file and line it came from (line 0 = the file as a whole). */
public final class BadInputException extends RuntimeException {

    private final Path file;
    private final long line;

    public BadInputException(Path file, long line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    public long line() {
        return line;
    }
}
