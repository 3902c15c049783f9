package org.devopssim.app.cli;

import java.io.PrintStream;
import java.util.List;

/** One subcommand of the {@code devops-sim} launcher (DESIGN.md section 6). */
public interface Subcommand {

    /** Exit codes shared by every subcommand. */
    int OK = 0;
    int INTERNAL_ERROR = 1;
    int BAD_INPUT = 2;

    String name();

    /** One line for the launcher's {@code --help}. */
    String summary();

    /** The full {@code --help} text of this subcommand. */
    String usage();

    /**
     * Runs with the arguments after the subcommand's name. Bad input is reported as one line on
     * {@code err} naming the file and place, and {@link #BAD_INPUT} is returned.
     */
    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
