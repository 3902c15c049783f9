package org.devopssim.app;

import org.devopssim.simulation.codec.BadFileException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.devopssim.assets.Assets;
import org.devopssim.simulation.help.Glossary;
import org.devopssim.simulation.help.GlossaryReader;

/** The bundled glossary for the window's help. */
final class HelpLibrary {

    private HelpLibrary() {
    }

    /**
     * The bundled glossary; if it cannot be read the app still opens, without explanations, and
     * says why on stderr (a broken resource is a packaging bug, not the user's fault).
     */
    static Glossary glossary() {
        try (InputStream in = Assets.open(GlossaryReader.BUNDLED_PATH)) {
            return new GlossaryReader().read(in, GlossaryReader.BUNDLED_PATH);
        } catch (BadFileException | IOException | RuntimeException e) {
            System.err.println("DevOps Simulator: no help texts: " + e.getMessage());
            return new Glossary(List.of());
        }
    }
}
