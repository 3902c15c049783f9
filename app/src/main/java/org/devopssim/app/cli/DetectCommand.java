package org.devopssim.app.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.devopssim.ml.anomaly.RangeNoveltyDetector;
import org.devopssim.ml.data.BadInputException;
import org.devopssim.ml.data.SeriesCsvReader;
import org.devopssim.ml.data.SeriesSample;
import org.devopssim.ml.data.Timestamps;
import org.devopssim.simulation.spi.AnomalyDetector;

/** {@code detect}: scores every row of a metric series with the online anomaly detector, streaming. */
public final class DetectCommand implements Subcommand {

    @Override
    public String name() {
        return "detect";
    }

    @Override
    public String summary() {
        return "anomaly scores of a metric series (NAB result format)";
    }

    @Override
    public String usage() {
        return """
                Usage: devops-sim detect --input SERIES.csv --output SCORES.csv

                Reads a CSV with header 'timestamp,value' (timestamps YYYY-MM-DD HH:MM:SS, ascending) and writes
                'timestamp,value,anomaly_score', one row per input row, scored online: each score uses that row
                and earlier ones only. Scores are in [0,1]; about 0.5 and above is an alert. The output is
                written beside its target and renamed into place when complete. A folder of such files laid
                out like NAB's results/<detector>/<category>/ can be scored with nab-score.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Path input;
        Path output;
        try {
            Arguments options = Arguments.parse(args, Set.of("input", "output"), Set.of("help")).noPositional();
            if (options.flag("help")) {
                out.print(usage());
                return OK;
            }
            input = Path.of(options.require("input"));
            output = Path.of(options.require("output"));
        } catch (Arguments.BadInput e) {
            err.println("devops-sim detect: " + e.getMessage() + " (see --help)");
            return BAD_INPUT;
        }
        try {
            long rows = detect(input, output);
            out.println("scored " + rows + " rows of " + input + " into " + output);
            return OK;
        } catch (BadInputException e) {
            err.println("devops-sim detect: " + e.getMessage());
            return BAD_INPUT;
        } catch (IOException e) {
            err.println("devops-sim detect: cannot write " + output + ": " + e.getMessage());
            return BAD_INPUT;
        } catch (RuntimeException e) {
            err.println("devops-sim detect: internal error: " + e);
            return INTERNAL_ERROR;
        }
    }

    static long detect(Path input, Path output) throws IOException {
        Path dir = output.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, output.getFileName().toString(), ".tmp");
        long rows = 0;
        try {
            AnomalyDetector.AnomalyScorer scorer = new RangeNoveltyDetector().newScorer();
            try (SeriesCsvReader reader = SeriesCsvReader.open(input);
                 BufferedWriter writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                writer.write("timestamp,value,anomaly_score\n");
                for (SeriesSample s = reader.next(); s != null; s = reader.next()) {
                    double score = scorer.score(s.epochSeconds(), s.value());
                    writer.write(Timestamps.format(s.epochSeconds()) + "," + plain(s.value()) + ","
                            + String.format(Locale.ROOT, "%.6f", score) + "\n");
                    rows++;
                }
            }
            Files.move(temp, output, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return rows;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The shortest exact decimal: 5 stays "5", 0.132 stays "0.132". */
    private static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
