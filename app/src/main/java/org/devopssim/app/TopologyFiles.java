package org.devopssim.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.devopssim.simulation.codec.TopologyFileException;

/**
 * A topology file given as the only argument ({@code devops-sim my-shop.dstopo}) opens in the window;
 * that is what the installers' file association runs. Topology files are the codec's JSON; the
 * association uses the extension {@code .dstopo}, and {@code .json} works from the command line.
 */
final class TopologyFiles {

    static final String EXTENSION = ".dstopo";

    private TopologyFiles() {
    }

    /** Whether this lone argument names a topology file rather than a subcommand. */
    static boolean isTopologyFile(String arg) {
        String lower = arg.toLowerCase(Locale.ROOT);
        return !arg.startsWith("-") && (lower.endsWith(EXTENSION) || lower.endsWith(".json"))
                && Files.isRegularFile(Path.of(arg));
    }

    /** Null when the file reads as a topology, else a one-line reason naming the file and place. */
    static String check(String arg, PresetLibrary presets) {
        return problemReading(arg, presets.codec()::read);
    }

    /** How a file argument is read: throws what is wrong with it. */
    interface Reading {
        void read(Path file) throws IOException, TopologyFileException;
    }

    /** Null when {@code reading} accepts the file, else a one-line reason naming the file and place. */
    static String problemReading(String arg, Reading reading) {
        try {
            reading.read(Path.of(arg));
            return null;
        } catch (TopologyFileException e) {
            return e.getMessage();
        } catch (NoSuchFileException e) {
            return arg + ": no such file";
        } catch (IOException e) {
            return arg + ": " + e.getMessage();
        }
    }
}
