package org.devopssim.ml.nab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.devopssim.ml.SharedData;
import org.junit.jupiter.api.Test;

/** Reproduces NAB's own per-file scores of Numenta's HTM detector on the realAWSCloudwatch files. */
class NumentaReferenceScoresTest {

    private static final double NUMENTA_THRESHOLD = 0.542187690735;

    @Test
    void reproducesPublishedPerFileScoresAndCounts() throws Exception {
        Path nab = SharedData.nabOrSkip();
        Path results = nab.resolve("results/numenta");
        DetectorResults loaded = DetectorResults.load(LabelWindows.read(nab.resolve("labels/combined_windows.json")), results);
        assertEquals(17, loaded.files().size());

        Map<String, String[]> published = new HashMap<>();
        List<String> lines = Files.readAllLines(results.resolve("numenta_standard_scores_realAWSCloudwatch.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            published.put(cells[2], cells);
        }
        CorpusScore corpus = NabScorer.scoreAt(loaded.files(), NabProfile.STANDARD, NUMENTA_THRESHOLD);
        for (FileScore file : corpus.files()) {
            String[] expected = published.get(file.name());
            assertEquals(Double.parseDouble(expected[4]), file.score(), 1e-9, file.name());
            assertEquals(Integer.parseInt(expected[5]), file.tp(), file.name() + " TP");
            assertEquals(Integer.parseInt(expected[6]), file.tn(), file.name() + " TN");
            assertEquals(Integer.parseInt(expected[7]), file.fp(), file.name() + " FP");
            assertEquals(Integer.parseInt(expected[8]), file.fn(), file.name() + " FN");
        }
        assertEquals(published.size(), corpus.files().size());
        assertEquals(73.42, corpus.normalized(), 0.005);
    }
}
