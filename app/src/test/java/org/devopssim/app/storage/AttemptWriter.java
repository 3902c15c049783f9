package org.devopssim.app.storage;

import java.nio.file.Path;

/**
 * A child process for the crash test: records attempts in a loop, printing each committed id on
 * its own line, until it is killed.
 */
public final class AttemptWriter {

    private AttemptWriter() {
    }

    public static void main(String[] args) throws Exception {
        try (Database db = Database.open(Path.of(args[0]))) {
            for (int i = 0; ; i++) {
                long id = db.record(DatabaseTest.attempt("writer", i % 101));
                System.out.println(id);
                System.out.flush();
            }
        }
    }
}
