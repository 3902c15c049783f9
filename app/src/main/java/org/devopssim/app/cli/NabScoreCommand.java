package org.devopssim.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.devopssim.ml.data.BadInputException;
import org.devopssim.ml.nab.CorpusScore;
import org.devopssim.ml.nab.DetectorResults;
import org.devopssim.ml.nab.LabelWindows;
import org.devopssim.ml.nab.NabProfile;
import org.devopssim.ml.nab.NabScorer;

/** {@code nab-score}: the Numenta Anomaly Benchmark score of a folder of detector results. */
public final class NabScoreCommand implements Subcommand {

    @Override
    public String name() {
        return "nab-score";
    }

    @Override
    public String summary() {
        return "NAB score of detector results against labelled windows";
    }

    @Override
    public String usage() {
        return """
                Usage: devops-sim nab-score --labels WINDOWS.json --results DIR [--threshold T]

                WINDOWS.json is NAB's combined_windows.json ({"<category>/<file>.csv": [[start, end], ...]}).
                DIR holds, for each labelled file, <category>/<file>.csv or <category>/<detector>_<file>.csv
                with columns timestamp,...,anomaly_score (what 'detect' writes). Labelled files without a
                result are left out and counted. Prints the normalised score (0 = detect nothing,
                100 = perfect) for NAB's three profiles, each at the threshold that maximises it, or at
                --threshold T when given.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Path labelsFile;
        Path resultsDir;
        Double threshold = null;
        try {
            Arguments options = Arguments.parse(args, Set.of("labels", "results", "threshold"), Set.of("help")).noPositional();
            if (options.flag("help")) {
                out.print(usage());
                return OK;
            }
            labelsFile = Path.of(options.require("labels"));
            resultsDir = Path.of(options.require("results"));
            if (options.get("threshold").isPresent()) {
                threshold = options.doubleValue("threshold");
            }
        } catch (Arguments.BadInput e) {
            err.println("devops-sim nab-score: " + e.getMessage() + " (see --help)");
            return BAD_INPUT;
        }
        try {
            DetectorResults results = DetectorResults.load(LabelWindows.read(labelsFile), resultsDir);
            if (results.files().isEmpty()) {
                err.println("devops-sim nab-score: " + resultsDir + ": no result file for any of the "
                        + results.missing().size() + " labelled files");
                return BAD_INPUT;
            }
            int windows = results.files().stream().mapToInt(f -> f.windows()).sum();
            out.printf(Locale.ROOT, "scored %d files (%d windows); %d labelled files had no results%n",
                    results.files().size(), windows, results.missing().size());
            for (NabProfile profile : NabProfile.ALL) {
                CorpusScore s = threshold == null
                        ? NabScorer.scoreOptimized(results.files(), profile)
                        : NabScorer.scoreAt(results.files(), profile, threshold);
                out.printf(Locale.ROOT, "%-20s %7.2f  (raw %.4f, threshold %.6f)%n",
                        profile.name(), s.normalized(), s.raw(), s.threshold());
            }
            return OK;
        } catch (BadInputException e) {
            err.println("devops-sim nab-score: " + e.getMessage());
            return BAD_INPUT;
        } catch (RuntimeException e) {
            err.println("devops-sim nab-score: internal error: " + e);
            return INTERNAL_ERROR;
        }
    }
}
