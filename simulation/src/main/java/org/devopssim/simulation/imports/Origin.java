package org.devopssim.simulation.imports;

/** Where something was read: a file and a 1-based line (0 when the line is unknown). */
public record Origin(String file, int line) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}
