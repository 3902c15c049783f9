package org.devopssim.ui.files;

import java.nio.file.Path;

/**
 * Simulation > Replay Metric Trace…: a series file (NAB CSV, CloudWatch CSV, Prometheus
 * query_range JSON) read off the FX thread, previewed, then replayed as the users' traffic.
 * A file that cannot be read is refused with its line and what was expected.
 */
public final class TraceFlow {

    private final DocumentFiles files;

    public TraceFlow(DocumentFiles files) {
        this.files = files;
    }

    public void chooseTrace() {
        files.choose(FileChoosers.Purpose.TRACE, null).ifPresent(this::preview);
    }

    void preview(Path file) {
        files.background(() -> TracePreview.read(file),
                p -> new TraceDialog(files.owner(), p, files.document().topology(), peak -> files.replay(p.trace(), peak)).show(),
                e -> FileDialogs.error(files.owner(), "Cannot replay " + file.getFileName(),
                        DocumentFiles.describe(e) + "\n\nThe load is unchanged."));
    }
}
