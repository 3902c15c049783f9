package org.devopssim.ui.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.devopssim.simulation.codec.AtomicFiles;
import org.devopssim.simulation.engine.Snapshot;
import org.devopssim.ui.theme.Palette;
import org.devopssim.ui.topology.TopologyPicture;

/**
 * File > Export: the whole topology with its live status as a PNG (drawn at 2x) or an SVG
 * (vector, text kept as text). Drawn on the FX thread, encoded and written on the I/O thread.
 */
public final class ViewExport {

    static final double PNG_SCALE = 2;

    private final DocumentFiles files;
    private final Supplier<Snapshot> snapshot;
    private final Supplier<Palette> palette;

    /** @param snapshot the run shown now: its topology and status are what is exported */
    public ViewExport(DocumentFiles files, Supplier<Snapshot> snapshot, Supplier<Palette> palette) {
        this.files = files;
        this.snapshot = snapshot;
        this.palette = palette;
    }

    public void png() {
        if (nothingShown()) {
            return;
        }
        files.choose(FileChoosers.Purpose.EXPORT_PNG, files.suggestedName(".png")).ifPresent(p -> {
            Path target = DocumentFiles.withExtension(p, ".png");
            WritableImage image = new TopologyPicture(snapshot.get(), palette.get()).image(PNG_SCALE);
            files.background(() -> {
                BufferedImage bitmap = SwingFXUtils.fromFXImage(image, null);
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                if (!ImageIO.write(bitmap, "png", bytes)) {
                    throw new java.io.IOException("no PNG encoder in this Java runtime");
                }
                AtomicFiles.write(target, bytes.toByteArray());
                return (int) image.getWidth() + " \u00d7 " + (int) image.getHeight() + " pixels";
            }, size -> files.notice("Exported " + target.getFileName(), target + "\n" + size),
                    e -> FileDialogs.error(files.owner(), "Cannot export " + target.getFileName(),
                            target + ": " + DocumentFiles.describe(e)));
        });
    }

    /** In the first moments after start there is no run to draw yet. */
    private boolean nothingShown() {
        if (snapshot.get() != null) {
            return false;
        }
        files.notice("Nothing to export yet", "The topology is still loading; try again in a moment.");
        return true;
    }

    public void svg() {
        if (nothingShown()) {
            return;
        }
        files.choose(FileChoosers.Purpose.EXPORT_SVG, files.suggestedName(".svg")).ifPresent(p -> {
            Path target = DocumentFiles.withExtension(p, ".svg");
            String svg = new TopologyPicture(snapshot.get(), palette.get()).svg();
            files.background(() -> {
                AtomicFiles.write(target, svg.getBytes(StandardCharsets.UTF_8));
                return svg.length();
            }, size -> files.notice("Exported " + target.getFileName(), target + "\n" + size / 1024 + " KB"),
                    e -> FileDialogs.error(files.owner(), "Cannot export " + target.getFileName(),
                            target + ": " + DocumentFiles.describe(e)));
        });
    }
}
